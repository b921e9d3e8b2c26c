package org.confidant.recordings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PurgeDecisionTest {

  private static final Instant CREATED = Instant.parse("2019-01-01T00:00:00Z");
  private static final Instant NOW = Instant.parse("2026-11-25T00:00:00Z");
  private static final UUID QUEUE = UUID.randomUUID();
  private static final UUID CASE = UUID.randomUUID();
  private static final RecordingLinks LINKS = new RecordingLinks(UUID.randomUUID(), null, CASE, null, QUEUE);

  private static RetentionSchedule keep(Period period) {
    return new RetentionSchedule(List.of(new RetentionPolicy(QUEUE, RecordType.RECORDING, period)));
  }

  @Test
  void anExpiredRecordingNoHoldKeepsIsPurged() {
    PurgeDecision decision = PurgeDecision.of(LINKS, CREATED, keep(Period.ofYears(7)), List.of(), NOW);
    assertThat(decision.purge()).isTrue();
    assertThat(decision.expiry()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
  }

  @Test
  void aRecordingWithinItsRetentionIsKept() {
    assertThat(PurgeDecision.of(LINKS, CREATED, keep(Period.ofYears(10)), List.of(), NOW).outcome())
        .isEqualTo(PurgeDecision.Outcome.KEEP_NOT_EXPIRED);
  }

  @Test
  void aRecordingNoPolicyGovernsIsKept() {
    assertThat(PurgeDecision.of(LINKS, CREATED, new RetentionSchedule(List.of()), List.of(), NOW).outcome())
        .isEqualTo(PurgeDecision.Outcome.KEEP_NO_POLICY);
  }

  @Test
  void aStandingHoldOnItsCaseKeepsAnExpiredRecordingUntilReleased() {
    LegalHold hold = LegalHold.place(UUID.randomUUID(), new HoldSubject(HoldSubject.Kind.CASE, CASE), null, "ann",
        NOW);
    PurgeDecision held = PurgeDecision.of(LINKS, CREATED, keep(Period.ZERO), List.of(hold), NOW);
    assertThat(held.outcome()).isEqualTo(PurgeDecision.Outcome.KEEP_HELD);
    assertThat(held.holds()).containsExactly(hold.id());

    LegalHold asked = hold.requestRelease("ann", NOW);
    assertThat(PurgeDecision.of(LINKS, CREATED, keep(Period.ZERO), List.of(asked), NOW).purge()).isFalse();
    LegalHold released = asked.approveRelease("bob", NOW);
    assertThat(PurgeDecision.of(LINKS, CREATED, keep(Period.ZERO), List.of(released), NOW).purge()).isTrue();
  }
}
