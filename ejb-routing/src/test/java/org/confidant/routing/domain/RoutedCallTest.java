package org.confidant.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
    assertThat(call.request(T0).waitingSince()).isEqualTo(T0);
    assertThat(call.request(T0).priorityBoost()).isEqualTo(2);
    assertThat(call.offers()).isEqualTo(1);
  }

  @Test
  void overflowToAnotherQueueKeepsTheCallWaitingInItsPlace() {
    UUID other = UUID.randomUUID();
    call.overflowed(OverflowDestination.queue(other), T0);

    assertThat(call.status()).isEqualTo(RoutedCall.Status.WAITING);
    assertThat(call.request(T0).queueId()).isEqualTo(other);
    assertThat(call.request(T0).waitingSince()).isEqualTo(T0);
  }

  @Test
  void overflowToVoicemailTakesTheCallOutOfRouting() {
    call.overflowed(OverflowDestination.voicemail(), T0);

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
    assertThat(call.request(T0).queueId()).isEqualTo(billing);
    assertThat(call.request(T0).waitingSince()).isEqualTo(T0);
  }

  @Test
  void operationsTheStatusDoesNotAllowAreRefused() {
    assertThatThrownBy(call::answered).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(call::offerRefused).isInstanceOf(IllegalStateException.class);
    call.offered(agent, T0, RING);
    assertThatThrownBy(() -> call.offered(UUID.randomUUID(), T0, RING)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aPreferenceLastsUntilItsTimeAndEndsWithARefusedOffer() {
    UUID owner = UUID.randomUUID();
    RoutedCall preferring = RoutedCall.queued(UUID.randomUUID(), queue, T0, 0,
        RoutingWishes.NONE.preferring(owner, T0.plusSeconds(30)));

    assertThat(preferring.request(T0.plusSeconds(10)).preferredAgent()).contains(owner);
    assertThat(preferring.request(T0.plusSeconds(10)).preferenceTimeout()).isEqualTo(Duration.ofSeconds(20));
    assertThat(preferring.request(T0.plusSeconds(30)).preferredAgent()).as("timed out").isEmpty();
    preferring.offered(owner, T0.plusSeconds(1), RING);
    preferring.offerRefused();
    assertThat(preferring.request(T0.plusSeconds(2)).preferredAgent()).as("the owner had their chance").isEmpty();
  }

  @Test
  void overflowToACallbackKeepsTheCallWaitingInItsPlaceWhenTheCallerCanBeCalledBack() {
    RoutedCall reachable = RoutedCall.queued(UUID.randomUUID(), queue, T0, 1,
        RoutingWishes.NONE.reachableAt("+15550100"));

    assertThat(reachable.overflowed(OverflowDestination.callback(), T0.plusSeconds(300)))
        .isEqualTo(RoutedCall.Overflowed.CALLBACK);
    assertThat(reachable.status()).isEqualTo(RoutedCall.Status.WAITING);
    assertThat(reachable.request(T0.plusSeconds(300)).callback()).isTrue();
    assertThat(reachable.request(T0.plusSeconds(300)).waitingSince()).isEqualTo(T0);
    assertThat(reachable.request(T0.plusSeconds(300)).priorityBoost()).isEqualTo(1);
  }

  @Test
  void overflowToACallbackWithoutANumberGoesToVoicemail() {
    assertThat(call.overflowed(OverflowDestination.callback(), T0)).isEqualTo(RoutedCall.Overflowed.VOICEMAIL);
    assertThat(call.status()).isEqualTo(RoutedCall.Status.OVERFLOWED);
    assertThat(call.overflowTo()).contains("VOICEMAIL");
  }

  @Test
  void aCallbackIsDialledUntilAnsweredOrGivenUpAfterItsLastDial() {
    call.reachableAt("+15550100");
    call.becomeCallback(T0.plusSeconds(60));
    for (int dial = 1; dial <= RoutedCall.MAX_DIALS; dial++) {
      assertThat(call.callbackGivenUp()).isFalse();
      call.offered(agent, T0.plusSeconds(60 + dial), RING);
      UUID dialled = UUID.randomUUID();
      call.dialling(dialled);
      assertThat(call.dialCallId()).contains(dialled);
      call.offerRefused();
      assertThat(call.dialCallId()).isEmpty();
    }
    assertThat(call.callbackGivenUp()).isTrue();
  }

  @Test
  void onlyAWaitingCallWithANumberBecomesACallback() {
    assertThatThrownBy(() -> call.becomeCallback(T0)).isInstanceOf(IllegalStateException.class);
    call.reachableAt("+15550100");
    call.offered(agent, T0, RING);
    assertThatThrownBy(() -> call.becomeCallback(T0)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> call.dialling(UUID.randomUUID())).as("not a callback")
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void requiredSkillsSurviveStorageAsText() {
    List<SkillRequirement> skills = List.of(SkillRequirement.of(UUID.randomUUID(), 3),
        SkillRequirement.of(UUID.randomUUID(), 10));
    String text = RoutingWishes.NONE.requiring(skills).requiredAsText();

    assertThat(RoutingWishes.requiredFromText(text)).isEqualTo(skills);
    assertThat(RoutingWishes.requiredFromText(null)).isEmpty();
  }

  @Test
  void onlyANumberIsTakenAsTheCallersNumberToCallBack() {
    assertThat(RoutingWishes.diallable("+4930123456")).contains("+4930123456");
    assertThat(RoutingWishes.diallable("anonymous")).isEmpty();
    assertThat(RoutingWishes.diallable(null)).isEmpty();
  }

  @Test
  void aConnectedCallTransferredToAnotherAgentIsTheirsOnceAnswered() {
    UUID second = UUID.randomUUID();
    call.offered(agent, T0.plusSeconds(1), RING);
    call.answered();
    call.handedTo(second);

    assertThat(call.agentId()).contains(second);
    assertThat(call.status()).isEqualTo(RoutedCall.Status.CONNECTED);
  }

  @Test
  void onlyAConnectedCallCanBeHandedOver() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> call.handedTo(agent))
        .isInstanceOf(IllegalStateException.class);
  }
}
