package org.confidant.api.problems;

import java.util.Optional;
import org.confidant.api.ivr.VersionRequired;
import org.confidant.ivr.api.ConfigurationConflict;
import org.confidant.ivr.api.ConfigurationNotFound;
import org.confidant.ivr.api.InvalidConfiguration;
import org.confidant.ivr.api.StaleConfiguration;

/** The problems of configuration edits (IVR trees, business hours): invalid, stale, missing, conflicting. */
final class ConfigurationProblems {

  private ConfigurationProblems() {}

  static Optional<Problem> of(Throwable failure) {
    if (failure instanceof InvalidConfiguration invalid) {
      return Optional.of(Problems.invalidConfiguration(invalid.getMessage()).withErrors(invalid.errors().stream()
          .map(error -> new Problem.ConfigurationError(error.code(), error.nodeId(), error.message()))
          .toList()));
    }
    if (failure instanceof StaleConfiguration stale) {
      return Optional.of(Problems.staleVersion(stale.getMessage()));
    }
    if (failure instanceof VersionRequired) {
      return Optional.of(Problems.versionRequired());
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
