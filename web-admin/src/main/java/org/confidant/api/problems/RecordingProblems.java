package org.confidant.api.problems;

import java.util.Optional;
import org.confidant.recordings.application.EmptyRecording;
import org.confidant.recordings.application.HoldChangeRefused;
import org.confidant.recordings.application.RecordingPurged;
import org.confidant.recordings.application.UnknownLegalHold;
import org.confidant.recordings.application.UnknownRecording;
import org.confidant.recordings.domain.HoldRuleViolation;
import org.confidant.recordings.domain.InvalidPausedSpans;
import org.confidant.recordings.domain.InvalidRetentionPolicy;

/** The problems of recordings, retention and legal holds. */
public final class RecordingProblems {

  private RecordingProblems() {}

  /** 416: the client learns the recording's length from the Content-Range header the edge adds. */
  public static Problem rangeNotSatisfiable(long length) {
    return Problem.of("range-not-satisfiable", "Range not satisfiable", 416,
        "The range asks for no byte of this recording, which has " + length + " bytes.");
  }

  static Optional<Problem> of(Throwable failure) {
    if (failure instanceof UnknownRecording || failure instanceof UnknownLegalHold) {
      return Optional.of(Problems.notFound(failure.getMessage()));
    }
    if (failure instanceof RecordingPurged) {
      return Optional.of(Problem.of("recording-purged", "Recording purged", 410, failure.getMessage()));
    }
    if (failure instanceof HoldChangeRefused refused) {
      return Optional.of(refused.rule() == HoldRuleViolation.Rule.SAME_PERSON
          ? Problems.secondPersonRequired(refused.getMessage() + ".")
          : Problems.conflict(refused.getMessage() + "."));
    }
    if (failure instanceof InvalidPausedSpans || failure instanceof InvalidRetentionPolicy) {
      return Optional.of(Problem.of("invalid-request", "Invalid request", 400, failure.getMessage() + "."));
    }
    if (failure instanceof EmptyRecording) {
      return Optional.of(Problems.unprocessable(failure.getMessage()));
    }
    return Optional.empty();
  }
}
