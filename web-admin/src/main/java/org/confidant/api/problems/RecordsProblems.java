package org.confidant.api.problems;

import java.util.List;
import java.util.Optional;
import org.confidant.contacts.api.BreakGlassRequired;
import org.confidant.contacts.api.InvalidRecord;
import org.confidant.contacts.api.RecordNotFound;
import org.confidant.contacts.api.StaleRecord;
import org.confidant.subjects.api.ErasureRefused;

/**
 * The problems of contacts, cases and notes: missing, stale, an invalid field (named, never quoted), break-glass; and
 * of data-subject requests: an erasure approved by who requested it, or twice.
 */
final class RecordsProblems {

  private RecordsProblems() {}

  static Optional<Problem> of(Throwable failure) {
    if (failure instanceof BreakGlassRequired refused) {
      return Optional.of(Problem.of("break-glass-required", "Break-glass required", 403, refused.getMessage()));
    }
    if (failure instanceof RecordNotFound missing) {
      return Optional.of(Problems.notFound(missing.getMessage()));
    }
    if (failure instanceof StaleRecord stale) {
      return Optional.of(Problems.stale(stale.getMessage()));
    }
    if (failure instanceof ErasureRefused refused) {
      return Optional.of(refused.secondPersonRequired()
          ? Problems.secondPersonRequired(refused.getMessage() + ".")
          : Problems.conflict(refused.getMessage() + "."));
    }
    if (failure instanceof InvalidRecord invalid) {
      return Optional.of(Problems.invalidRequest()
          .withViolations(List.of(new Problem.Violation(invalid.field(), invalid.getMessage()))));
    }
    return Optional.empty();
  }
}
