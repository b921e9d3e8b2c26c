package org.confidant.telephony.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DeliveryScheduleTest {

  private final DeliverySchedule schedule = new DeliverySchedule(Duration.ofSeconds(1), Duration.ofSeconds(30), 8);

  @Test
  void theWaitDoublesAfterEachFailureFromOneSecond() {
    assertThat(IntStream.rangeClosed(1, 5).mapToObj(schedule::retryAfter).map(Optional::orElseThrow))
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
            Duration.ofSeconds(16));
  }

  @Test
  void theWaitIsCapped() {
    assertThat(schedule.retryAfter(6)).contains(Duration.ofSeconds(30));
    assertThat(schedule.retryAfter(7)).contains(Duration.ofSeconds(30));
    assertThat(new DeliverySchedule(Duration.ofSeconds(1), Duration.ofMinutes(5), 1000).retryAfter(900))
        .contains(Duration.ofMinutes(5));
  }

  @Test
  void afterTheLastAttemptThereIsNoRetry() {
    assertThat(schedule.retryAfter(8)).isEmpty();
    assertThat(schedule.retryAfter(9)).isEmpty();
  }

  @Test
  void theDefaultGivesTenAttemptsOverAboutEightAndAHalfMinutes() {
    Duration total = IntStream.rangeClosed(1, 9).mapToObj(DeliverySchedule.DEFAULT::retryAfter)
        .map(Optional::orElseThrow).reduce(Duration.ZERO, Duration::plus);

    assertThat(DeliverySchedule.DEFAULT.retryAfter(10)).isEmpty();
    assertThat(total).isEqualTo(Duration.ofSeconds(1 + 2 + 4 + 8 + 16 + 32 + 64 + 128 + 256));
  }

  @Test
  void aScheduleNeedsAPositiveFirstWaitACapAboveItAndAnAttempt() {
    assertThatIllegalArgumentException().isThrownBy(
        () -> new DeliverySchedule(Duration.ZERO, Duration.ofSeconds(1), 1));
    assertThatIllegalArgumentException().isThrownBy(
        () -> new DeliverySchedule(Duration.ofSeconds(2), Duration.ofSeconds(1), 1));
    assertThatIllegalArgumentException().isThrownBy(
        () -> new DeliverySchedule(Duration.ofSeconds(1), Duration.ofSeconds(1), 0));
  }
}
