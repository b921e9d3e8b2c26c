package org.confidant.recordings.domain;

import java.util.Objects;
import java.util.UUID;

/** What a legal hold is placed on: a contact, a case, a matter or a single call, by id. */
public record HoldSubject(Kind kind, UUID id) {

  /** The kinds of thing a hold can name. */
  public enum Kind { CONTACT, CASE, MATTER, CALL }

  public HoldSubject {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }
}
