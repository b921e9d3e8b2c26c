package org.confidant.recordings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RetentionScheduleTest {

  private static final UUID CARDIOLOGY = UUID.randomUUID();
  private static final UUID BILLING = UUID.randomUUID();
  private static final Instant CREATED = Instant.parse("2020-02-29T10:00:00Z");

  private final RetentionSchedule schedule = new RetentionSchedule(List.of(
      new RetentionPolicy(null, RecordType.RECORDING, Period.ofYears(7)),
      new RetentionPolicy(CARDIOLOGY, RecordType.RECORDING, Period.ofYears(10)),
      new RetentionPolicy(BILLING, RecordType.TRANSCRIPT, Period.ofDays(90))));

  @Test
  void aQueuesOwnPolicyBeatsTheDefault() {
    assertThat(schedule.expiry(CARDIOLOGY, RecordType.RECORDING, CREATED))
        .contains(Instant.parse("2030-02-28T10:00:00Z"));
  }

  @Test
  void aQueueWithoutAPolicyOfItsOwnGetsTheDefault() {
    assertThat(schedule.expiry(BILLING, RecordType.RECORDING, CREATED)).contains(Instant.parse("2027-02-28T10:00:00Z"));
    assertThat(schedule.expiry(null, RecordType.RECORDING, CREATED)).contains(Instant.parse("2027-02-28T10:00:00Z"));
  }

  @Test
  void aRecordNoPolicyGovernsNeverExpires() {
    assertThat(schedule.expiry(CARDIOLOGY, RecordType.CONTACT, CREATED)).isEmpty();
  }

  @Test
  void periodsAreIsoAndNotNegative() {
    assertThat(RetentionPolicy.parsePeriod("P7Y")).isEqualTo(Period.ofYears(7));
    assertThatThrownBy(() -> RetentionPolicy.parsePeriod("seven years")).isInstanceOf(InvalidRetentionPolicy.class);
    assertThatThrownBy(() -> new RetentionPolicy(null, RecordType.NOTE, Period.ofDays(-1)))
        .isInstanceOf(InvalidRetentionPolicy.class);
  }
}
