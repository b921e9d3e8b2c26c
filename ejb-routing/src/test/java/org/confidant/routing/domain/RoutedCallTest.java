package org.confidant.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoutedCallTest {

  private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");
  private static final Duration RING = Duration.ofSeconds(20);
  private final UUID queue = UUID.randomUUID();
  private final UUID agent = UUID.randomUUID();
  private final RoutedCall call = RoutedCall.queued(UUID.randomUUID(), queue, T0, 2);

  @Test
  void anOfferRingsUntilItsTimeoutThenExpires() {
    call.offered(agent, T0.plusSeconds(5), RING);

    assertThat(call.status()).isEqualTo(RoutedCall.Status.OFFERED);
    assertThat(call.offerExpired(T0.plusSeconds(24))).isFalse();
    assertThat(call.offerExpired(T0.plusSeconds(25))).isTrue();
  }

  @Test
  void aRefusedOfferPutsTheCallBackInLineInItsOriginalPlace() {
    call.offered(agent, T0.plusSeconds(5), RING);

    assertThat(call.offerRefused()).isEqualTo(agent);
    assertThat(call.status()).isEqualTo(RoutedCall.Status.WAITING);
    assertThat(call.agentId()).isEmpty();
    assertThat(call.request().waitingSince()).isEqualTo(T0);
    assertThat(call.request().priorityBoost()).isEqualTo(2);
    assertThat(call.offers()).isEqualTo(1);
  }

  @Test
  void overflowToAnotherQueueKeepsTheCallWaitingInItsPlace() {
    UUID other = UUID.randomUUID();
    call.overflowed(OverflowDestination.queue(other));

    assertThat(call.status()).isEqualTo(RoutedCall.Status.WAITING);
    assertThat(call.request().queueId()).isEqualTo(other);
    assertThat(call.request().waitingSince()).isEqualTo(T0);
  }

  @Test
  void overflowToVoicemailTakesTheCallOutOfRouting() {
    call.overflowed(OverflowDestination.voicemail());

    assertThat(call.status()).isEqualTo(RoutedCall.Status.OVERFLOWED);
    assertThat(call.status().isLive()).isFalse();
    assertThat(call.overflowTo()).contains("VOICEMAIL");
  }

  @Test
  void finishingTellsWhatTheCallWasDoingSoItsAgentCanBeFreed() {
    call.offered(agent, T0, RING);
    call.answered();

    assertThat(call.finished()).isEqualTo(RoutedCall.Status.CONNECTED);
    assertThat(call.status()).isEqualTo(RoutedCall.Status.FINISHED);
    assertThat(call.agentId()).as("the agent who talked stays on record").contains(agent);
  }

  @Test
  void anOfferNeverAnsweredLeavesNoAgentOnRecord() {
    call.offered(agent, T0, RING);

    assertThat(call.finished()).isEqualTo(RoutedCall.Status.OFFERED);
    assertThat(call.agentId()).isEmpty();
  }

  @Test
  void aTransferBackToAQueueWaitsAgainWithTheOriginalPlace() {
    call.offered(agent, T0, RING);
    call.answered();
    UUID billing = UUID.randomUUID();

    call.requeued(billing);

    assertThat(call.status()).isEqualTo(RoutedCall.Status.WAITING);
    assertThat(call.request().queueId()).isEqualTo(billing);
    assertThat(call.request().waitingSince()).isEqualTo(T0);
  }

  @Test
  void operationsTheStatusDoesNotAllowAreRefused() {
    assertThatThrownBy(call::answered).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(call::offerRefused).isInstanceOf(IllegalStateException.class);
    call.offered(agent, T0, RING);
    assertThatThrownBy(() -> call.offered(UUID.randomUUID(), T0, RING)).isInstanceOf(IllegalStateException.class);
  }
}
