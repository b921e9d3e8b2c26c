package org.confidant.interactions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.confidant.calls.domain.CallState;
import org.junit.jupiter.api.Test;

class InteractionTest {

  private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
  private static final UUID CALL = UUID.randomUUID();
  private static final UUID QUEUE = UUID.randomUUID();
  private static final UUID OTHER_QUEUE = UUID.randomUUID();
  private static final UUID ALEX = UUID.randomUUID();
  private static final UUID BLAKE = UUID.randomUUID();

  private static Instant at(int seconds) {
    return T0.plusSeconds(seconds);
  }

  @Test
  void anAnsweredCallWithAHoldAndATransferBackToAQueueCountsEverySpanOfEachPhase() {
    Interaction interaction = Interaction.offered(CALL, at(0));
    interaction.entered(CallState.QUEUED, at(2));
    interaction.queuedIn(QUEUE);
    interaction.offeredTo(ALEX, QUEUE, at(2));
    interaction.entered(CallState.RINGING, at(5));
    interaction.entered(CallState.CONNECTED, at(9));
    interaction.answeredBy(ALEX, at(9));
    interaction.entered(CallState.HELD, at(30));
    interaction.entered(CallState.CONNECTED, at(40));
    interaction.entered(CallState.TRANSFERRED, at(50));
    interaction.entered(CallState.QUEUED, at(51));
    interaction.wrapUpStarted(ALEX, at(51), at(111));
    interaction.offeredTo(BLAKE, OTHER_QUEUE, at(51));
    interaction.entered(CallState.RINGING, at(54));
    interaction.entered(CallState.CONNECTED, at(56));
    interaction.answeredBy(BLAKE, at(56));
    interaction.entered(CallState.ENDED, at(100));
    interaction.endedBecause("AGENT_HUNG_UP");
    interaction.wrapUpStarted(BLAKE, at(100), at(100));
    interaction.wrapUpEnded(ALEX, at(80));

    Interaction.Snapshot record = interaction.snapshot();
    assertThat(record.milestones()).isEqualTo(new Interaction.Milestones(at(0), null, at(2), at(5), at(9), at(50),
        at(100)));
    assertThat(record.totals()).as("queue 2→5 and 51→54, ring 5→9 and 54→56, talk 9→30, 40→50, 56→100, hold 30→40")
        .isEqualTo(new Interaction.Totals(6_000, 6_000, 75_000, 10_000));
    assertThat(record.holds()).containsExactly(new Interaction.Hold(at(30), at(40)));
    assertThat(record.transfers()).isEqualTo(1);
    assertThat(record.queues()).containsExactly(QUEUE, OTHER_QUEUE);
    assertThat(record.participants()).containsExactly(
        new Interaction.Participant(ALEX, at(2), at(9), at(51), at(80)),
        new Interaction.Participant(BLAKE, at(51), at(56), at(100), at(100)));
    assertThat(interaction.wrapUp(at(200))).isEqualTo(Duration.ofSeconds(29));
    assertThat(record.abandoned()).isFalse();
    assertThat(record.endCause()).isEqualTo("AGENT_HUNG_UP");
    assertThat(interaction.isOver()).isTrue();
  }

  @Test
  void aCallerWhoHangsUpWhileQueuedAbandonsWithTheQueueTimeCounted() {
    Interaction interaction = Interaction.offered(CALL, at(0));
    interaction.entered(CallState.IVR, at(1));
    interaction.entered(CallState.QUEUED, at(10));
    interaction.entered(CallState.ABANDONED, at(25));
    interaction.endedBecause("CALLER_HUNG_UP");

    Interaction.Snapshot record = interaction.snapshot();
    assertThat(record.abandoned()).isTrue();
    assertThat(record.milestones().ivrAt()).isEqualTo(at(1));
    assertThat(record.milestones().endedAt()).isEqualTo(at(25));
    assertThat(record.totals()).isEqualTo(new Interaction.Totals(15_000, 0, 0, 0));
    assertThat(record.participants()).isEmpty();
  }

  @Test
  void aCallThatEndsOnHoldClosesItsHoldAndNothingChangesAfterTheEnd() {
    Interaction interaction = Interaction.offered(CALL, at(0));
    interaction.entered(CallState.RINGING, at(1));
    interaction.entered(CallState.CONNECTED, at(2));
    interaction.entered(CallState.HELD, at(4));
    interaction.entered(CallState.ENDED, at(7));
    interaction.entered(CallState.CONNECTED, at(9));

    Interaction.Snapshot record = interaction.snapshot();
    assertThat(record.holds()).containsExactly(new Interaction.Hold(at(4), at(7)));
    assertThat(record.totals()).isEqualTo(new Interaction.Totals(0, 1_000, 2_000, 3_000));
    assertThat(record.phase()).isEqualTo(CallState.ENDED);
  }

  @Test
  void aPhaseReportedBeforeTheCurrentOneBeganStartsWhenTheCurrentOneDidSoNoDurationIsNegative() {
    Interaction interaction = Interaction.offered(CALL, at(10));
    interaction.entered(CallState.QUEUED, at(5));
    interaction.entered(CallState.ABANDONED, at(12));

    assertThat(interaction.snapshot().milestones().queuedAt()).isEqualTo(at(10));
    assertThat(interaction.snapshot().totals().queueMillis()).isEqualTo(2_000);
  }

  @Test
  void aStoredRecordComesBackTheSameAndOnlyParticipantsMayDescribeTheCall() {
    Interaction interaction = Interaction.offered(CALL, at(0));
    interaction.entered(CallState.QUEUED, at(1));
    interaction.offeredTo(ALEX, QUEUE, at(1));
    interaction.entered(CallState.RINGING, at(2));

    Interaction restored = Interaction.restore(interaction.snapshot());
    assertThat(restored.snapshot()).isEqualTo(interaction.snapshot());
    assertThat(restored.involves(ALEX)).isTrue();
    assertThat(restored.involves(BLAKE)).isFalse();
    assertThat(restored.snapshot().queues()).isEqualTo(List.of(QUEUE));
  }
}
