package org.confidant.api.problems;

import java.util.Optional;
import org.confidant.ivr.api.ConfigurationConflict;
import org.confidant.ivr.api.ConfigurationNotFound;
import org.confidant.ivr.api.InvalidConfiguration;
import org.confidant.ivr.api.StaleConfiguration;

/**
 * The problems of IVR configuration edits (trees, business hours): invalid (with every error and its node), and
 * stale, missing or conflicting, answered by the same factories as the routing configuration's so that clients see
 * identical problem types.
 */
final class ConfigurationProblems {

  private ConfigurationProblems() {}

  static Optional<Problem> of(Throwable failure) {
    if (failure instanceof InvalidConfiguration invalid) {
      return Optional.of(Problems.invalidConfiguration(invalid.getMessage()).withErrors(invalid.errors().stream()
          .map(error -> new Problem.ConfigurationError(error.code(), error.nodeId(), error.message()))
          .toList()));
    }
    if (failure instanceof StaleConfiguration stale) {
      return Optional.of(Problems.stale(stale.getMessage()));
    }
    if (failure instanceof ConfigurationNotFound missing) {
      return Optional.of(Problems.notFound(missing.getMessage() + "."));
    }
    if (failure instanceof ConfigurationConflict conflict) {
      return Optional.of(Problems.conflict(conflict.getMessage() + "."));
    }
    return Optional.empty();
  }
}
