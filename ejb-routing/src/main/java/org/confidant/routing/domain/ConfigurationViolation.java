package org.confidant.routing.domain;

import java.util.Objects;

/** A configuration rule broken: the field as the client sent it (e.g. {@code steps[1].afterSeconds}) and why. */
public record ConfigurationViolation(String field, String message) {

  public ConfigurationViolation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
