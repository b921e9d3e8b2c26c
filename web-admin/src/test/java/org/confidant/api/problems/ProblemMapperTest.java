package org.confidant.api.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.confidant.events.deadletters.UnknownDeadLetter;
import org.confidant.events.deadletters.domain.NotReplayable;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

  @Test
  void anUnknownDeadLetterIsNotFound() {
    UUID id = UUID.randomUUID();
    Problem problem = ProblemMapper.problemFor(new UnknownDeadLetter(id));

    assertThat(problem.status()).isEqualTo(404);
    assertThat(problem.detail()).doesNotContain(id.toString(), "Exception");
  }

  @Test
  void aDeadLetterThatCannotGoBackIsAConflict() {
    Problem problem = ProblemMapper.problemFor(new NotReplayable("it came from nowhere"));

    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.detail()).contains("it came from nowhere").doesNotContain("Exception");
  }

  @Test
  void aRefusedCallControlIsAConflictThatSaysWhy() {
    Problem problem = ProblemMapper.problemFor(
        new org.confidant.desk.api.CallControlRefused("you are not on call 42"));

    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.detail()).contains("not on call").doesNotContain("Exception");
  }
}
