package org.confidant.api.problems;

import static org.assertj.core.api.Assertions.assertThat;

import org.confidant.recordings.application.HoldChangeRefused;
import org.confidant.recordings.application.RecordingPurged;
import org.confidant.recordings.application.UnknownRecording;
import org.confidant.recordings.domain.HoldRuleViolation;
import org.confidant.recordings.domain.InvalidPausedSpans;
import org.junit.jupiter.api.Test;

class RecordingProblemsTest {

  @Test
  void theRequesterApprovingTheirOwnReleaseIsForbiddenAndOtherHoldRefusalsConflict() {
    Problem self = ProblemMapper.problemFor(new HoldChangeRefused(
        new HoldRuleViolation(HoldRuleViolation.Rule.SAME_PERSON, "someone else must approve")));
    assertThat(self.status()).isEqualTo(403);
    assertThat(self.type().toString()).endsWith("/second-person-required");
    assertThat(ProblemMapper.problemFor(new HoldChangeRefused(
        new HoldRuleViolation(HoldRuleViolation.Rule.NO_RELEASE_REQUESTED, "ask first"))).status()).isEqualTo(409);
  }

  @Test
  void aPurgedRecordingIsGoneAndAnUnknownOneNotFound() {
    assertThat(ProblemMapper.problemFor(new RecordingPurged()).status()).isEqualTo(410);
    assertThat(ProblemMapper.problemFor(new UnknownRecording()).status()).isEqualTo(404);
  }

  @Test
  void invalidPausedSpansAreABadRequestThatSaysWhy() {
    Problem invalid = ProblemMapper.problemFor(new InvalidPausedSpans("paused spans must not overlap"));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.detail()).contains("overlap");
  }

  @Test
  void anUnsatisfiableRangeNamesTheLength() {
    assertThat(RecordingProblems.rangeNotSatisfiable(1234).detail()).contains("1234");
  }
}
