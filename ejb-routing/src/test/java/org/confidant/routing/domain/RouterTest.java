package org.confidant.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.confidant.routing.domain.RoutingDecision.Offer;
import org.confidant.routing.domain.RoutingDecision.Overflow;
import org.junit.jupiter.api.Test;

class RouterTest {

  private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
  private static final UUID CARDIOLOGY = UUID.randomUUID();
  private static final UUID SPANISH = UUID.randomUUID();
  private static final AgentTarget CARDIOLOGY_5 = AgentTarget.requiring(SkillRequirement.of(CARDIOLOGY, 5));

  private final Router router = new Router();

  @Test
  void aCallGoesToTheAgentIdleLongestUnderLongestIdle() {
    UUID queue = queue(0, RoutingStrategy.LONGEST_IDLE, CARDIOLOGY_5);
    UUID early = availableAgent(Map.of(CARDIOLOGY, 5), at(1));
    availableAgent(Map.of(CARDIOLOGY, 9), at(2));

    assertThat(router.callArrived(call(queue, at(3)), at(3))).singleElement()
        .isEqualTo(new Offer(lastCall, queue, early));
  }

  @Test
  void aRestoredOfferIsRefusedBackIntoItsOriginalPlaceInLine() {
    UUID queue = queue(0, RoutingStrategy.LONGEST_IDLE, CARDIOLOGY_5);
    UUID agent = loggedIn(Map.of(CARDIOLOGY, 5));
    CallRequest older = call(queue, at(1));
    router.restoreOffer(agent, older, at(10));
    UUID younger = arrive(queue, at(5));
    UUID other = loggedIn(Map.of(CARDIOLOGY, 5));

    assertThat(router.reservation(agent)).contains(older.callId());
    assertThat(router.agentAvailable(other, at(11), 0)).as("the younger call waited for a free agent")
        .map(Offer::callId).contains(younger);
    router.releaseAgent(other);
    assertThat(router.agentAvailable(other, at(12), 0)).isEmpty();
    assertThat(offeredAgent(router.offerRefused(agent, at(13)))).as("the older call goes first").isEqualTo(other);
  }

  @Test
  void mostSkilledPrefersTheHighestProficiencyInTheQueuesSkills() {
    UUID queue = queue(0, RoutingStrategy.MOST_SKILLED, CARDIOLOGY_5);
    availableAgent(Map.of(CARDIOLOGY, 6), at(1));
    UUID expert = availableAgent(Map.of(CARDIOLOGY, 10), at(2));

    assertThat(offeredAgent(router.callArrived(call(queue, at(3)), at(3)))).isEqualTo(expert);
  }

  @Test
  void roundRobinOffersToTheAgentOfferedLeastRecently() {
    UUID queue = queue(0, RoutingStrategy.ROUND_ROBIN, CARDIOLOGY_5);
    UUID first = availableAgent(Map.of(CARDIOLOGY, 5), at(1));
    UUID second = availableAgent(Map.of(CARDIOLOGY, 5), at(2));
    assertThat(offeredAgent(router.callArrived(call(queue, at(3)), at(3)))).isEqualTo(first);
    router.releaseAgent(first);
    router.agentAvailable(first, at(4), 0);

    assertThat(offeredAgent(router.callArrived(call(queue, at(5)), at(5)))).isEqualTo(second);
  }

  @Test
  void leastOccupiedOffersToTheAgentWithTheLeastRecentTalkTime() {
    UUID queue = queue(0, RoutingStrategy.LEAST_OCCUPIED, CARDIOLOGY_5);
    availableAgent(Map.of(CARDIOLOGY, 5), at(1), 0.8);
    UUID rested = availableAgent(Map.of(CARDIOLOGY, 5), at(2), 0.2);

    assertThat(offeredAgent(router.callArrived(call(queue, at(3)), at(3)))).isEqualTo(rested);
  }

  @Test
  void anAgentWhoBecomesAvailableTakesTheHigherPriorityQueueFirstThenTheLongestWaiting() {
    UUID routine = queue(1, RoutingStrategy.LONGEST_IDLE, AgentTarget.ANY_AGENT);
    UUID urgent = queue(5, RoutingStrategy.LONGEST_IDLE, AgentTarget.ANY_AGENT);
    UUID agent = loggedIn(Map.of());
    UUID oldRoutine = arrive(routine, at(1));
    UUID urgentCall = arrive(urgent, at(2));
    UUID olderUrgent = arrive(urgent, at(0));

    assertThat(nextOfferTo(agent, at(3))).isEqualTo(olderUrgent);
    assertThat(nextOfferTo(agent, at(4))).isEqualTo(urgentCall);
    assertThat(nextOfferTo(agent, at(5))).isEqualTo(oldRoutine);
  }

  @Test
  void aPriorityBoostFromIvrOrCallerDataJumpsAheadOfOlderCalls() {
    UUID queue = queue(1, RoutingStrategy.LONGEST_IDLE, AgentTarget.ANY_AGENT);
    UUID agent = loggedIn(Map.of());
    arrive(queue, at(0));
    UUID urgent = UUID.randomUUID();
    router.callArrived(CallRequest.of(urgent, queue, at(5)).boostedBy(3), at(5));

    assertThat(nextOfferTo(agent, at(6))).isEqualTo(urgent);
  }

  @Test
  void escalationWidensTheTargetAfterTheStepsWaitAndKeepsTheCallsPlace() {
    UUID queue = UUID.randomUUID();
    router.defineQueue(new QueueDefinition(queue, 0, RoutingStrategy.LONGEST_IDLE, List.of(
        EscalationStep.immediately(AgentTarget.requiring(SkillRequirement.of(CARDIOLOGY, 8))),
        new EscalationStep(Duration.ofSeconds(30), CARDIOLOGY_5)), OverflowRule.NEVER), T0);
    UUID first = arrive(queue, at(0));
    UUID second = arrive(queue, at(10));
    UUID junior = availableAgent(Map.of(CARDIOLOGY, 5), at(11));
    assertThat(router.tick(at(29))).isEmpty();

    assertThat(router.tick(at(30))).singleElement().isEqualTo(new Offer(first, queue, junior));
    UUID expert = loggedIn(Map.of(CARDIOLOGY, 9));
    assertThat(nextOfferTo(expert, at(31))).isEqualTo(second);
  }

  @Test
  void aFullQueueOverflowsToAnotherQueueKeepingTheCallersArrivalTime() {
    UUID backup = queue(0, RoutingStrategy.LONGEST_IDLE, AgentTarget.ANY_AGENT);
    UUID main = queue(0, new OverflowRule(Optional.empty(), OptionalInt.of(1), false, OverflowDestination.queue(backup)));
    UUID first = arrive(main, at(0));
    UUID overflowing = arrive(main, at(1));
    UUID laterInBackup = arrive(backup, at(2));
    UUID agent = loggedIn(Map.of());

    assertThat(router.waitingIn(main)).isEqualTo(1);
    assertThat(router.waitingIn(backup)).isEqualTo(2);
    assertThat(nextOfferTo(agent, at(3))).isEqualTo(first);
    assertThat(nextOfferTo(agent, at(4))).as("arrived before the backup queue's own call").isEqualTo(overflowing);
    assertThat(nextOfferTo(agent, at(5))).isEqualTo(laterInBackup);
  }

  @Test
  void aQueueWithNoLoggedInAgentOverflowsToVoicemail() {
    UUID queue = queue(0, new OverflowRule(Optional.empty(), OptionalInt.empty(), true, OverflowDestination.voicemail()));
    UUID call = UUID.randomUUID();

    assertThat(router.callArrived(CallRequest.of(call, queue, at(0)), at(0))).singleElement().isEqualTo(
        new Overflow(call, queue, OverflowDestination.voicemail(), Overflow.Reason.NO_AGENT_LOGGED_IN));
    assertThat(router.isWaiting(call)).isFalse();
  }

  @Test
  void aCallWaitingLongerThanTheQueuesMaximumOverflowsToACallback() {
    UUID queue = queue(0, new OverflowRule(
        Optional.of(Duration.ofMinutes(5)), OptionalInt.empty(), false, OverflowDestination.callback()));
    UUID call = arrive(queue, at(0));

    assertThat(router.tick(at(299))).isEmpty();
    assertThat(router.tick(at(300))).singleElement().isEqualTo(
        new Overflow(call, queue, OverflowDestination.callback(), Overflow.Reason.MAX_WAIT));
    assertThat(router.waitingIn(queue)).isZero();
  }

  @Test
  void aPreferredAgentGetsTheCallAloneUntilThePreferenceTimesOut() {
    UUID queue = queue(0, RoutingStrategy.LONGEST_IDLE, AgentTarget.ANY_AGENT);
    UUID owner = loggedIn(Map.of());
    UUID colleague = availableAgent(Map.of(), at(0));
    UUID call = UUID.randomUUID();
    CallRequest request = CallRequest.of(call, queue, at(1)).preferring(owner, Duration.ofSeconds(20));

    assertThat(router.callArrived(request, at(1))).as("the colleague is free but the owner is preferred").isEmpty();
    assertThat(router.tick(at(21))).singleElement().isEqualTo(new Offer(call, queue, colleague));
  }

  @Test
  void aPreferredAgentWhoBecomesAvailableInTimeTakesTheCallFirst() {
    UUID queue = queue(0, RoutingStrategy.LONGEST_IDLE, AgentTarget.ANY_AGENT);
    UUID owner = loggedIn(Map.of());
    arrive(queue, at(0));
    UUID call = UUID.randomUUID();
    router.callArrived(CallRequest.of(call, queue, at(1)).preferring(owner, Duration.ofSeconds(20)), at(1));

    assertThat(nextOfferTo(owner, at(5))).isEqualTo(call);
  }

  @Test
  void aRefusedOfferPutsTheCallBackInItsPlaceAndTheAgentOutOfRouting() {
    UUID queue = queue(0, RoutingStrategy.LONGEST_IDLE, AgentTarget.ANY_AGENT);
    UUID sleepy = availableAgent(Map.of(), at(0));
    CallRequest first = CallRequest.of(UUID.randomUUID(), queue, at(1));
    router.callArrived(first, at(1));
    arrive(queue, at(2));

    assertThat(router.offerRefused(sleepy, at(10))).isEmpty();
    assertThat(router.isAvailable(sleepy)).isFalse();
    assertThat(nextOfferTo(loggedIn(Map.of()), at(11))).isEqualTo(first.callId());
  }

  @Test
  void anAgentCannotBeMadeAvailableWhileReserved() {
    UUID queue = queue(0, RoutingStrategy.LONGEST_IDLE, AgentTarget.ANY_AGENT);
    UUID agent = availableAgent(Map.of(), at(0));
    arrive(queue, at(1));

    assertThatThrownBy(() -> router.agentAvailable(agent, at(2), 0)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("reserved");
  }

  @Test
  void redefiningAQueueKeepsItsWaitingCallsInOrder() {
    UUID queue = queue(0, RoutingStrategy.LONGEST_IDLE, CARDIOLOGY_5);
    UUID older = arrive(queue, at(0));
    UUID newer = arrive(queue, at(1));
    UUID spanishSpeaker = availableAgent(Map.of(SPANISH, 7), at(2));
    assertThat(router.isAvailable(spanishSpeaker)).isTrue();

    List<RoutingDecision> decisions = router.defineQueue(QueueDefinition.simple(queue, 0, RoutingStrategy.LONGEST_IDLE,
        AgentTarget.requiring(SkillRequirement.of(SPANISH, 5))), at(3));

    assertThat(decisions).singleElement().isEqualTo(new Offer(older, queue, spanishSpeaker));
    assertThat(router.isWaiting(newer)).isTrue();
  }

  @Test
  void redefiningAQueueLeavesEveryAgentsIdleTimeAlone() {
    UUID queue = queue(0, RoutingStrategy.LONGEST_IDLE, AgentTarget.ANY_AGENT);
    UUID loggedInFirst = loggedIn(Map.of());
    UUID idleLonger = availableAgent(Map.of(), at(1));
    router.agentAvailable(loggedInFirst, at(60), 0);

    router.defineQueue(QueueDefinition.simple(UUID.randomUUID(), 0, RoutingStrategy.LONGEST_IDLE,
        AgentTarget.ANY_AGENT), at(120));
    router.defineQueue(QueueDefinition.simple(queue, 1, RoutingStrategy.LONGEST_IDLE, AgentTarget.ANY_AGENT), at(121));

    assertThat(offeredAgent(router.callArrived(call(queue, at(122)), at(122)))).isEqualTo(idleLonger);
  }

  @Test
  void aCallWaitingForItsPreferredAgentSurvivesARedefinitionOfItsQueue() {
    UUID queue = queue(0, RoutingStrategy.LONGEST_IDLE, AgentTarget.ANY_AGENT);
    UUID owner = loggedIn(Map.of());
    UUID colleague = availableAgent(Map.of(), at(0));
    UUID call = UUID.randomUUID();
    router.callArrived(CallRequest.of(call, queue, at(1)).preferring(owner, Duration.ofSeconds(20)), at(1));

    router.defineQueue(QueueDefinition.simple(queue, 2, RoutingStrategy.LONGEST_IDLE, AgentTarget.ANY_AGENT), at(5));

    assertThat(router.isWaiting(call)).isTrue();
    assertThat(router.tick(at(30))).singleElement().isEqualTo(new Offer(call, queue, colleague));
  }

  @Test
  void aPreferredAgentTheQueueDoesNotAdmitIsNotWaitedFor() {
    UUID queue = queue(0, RoutingStrategy.LONGEST_IDLE, CARDIOLOGY_5);
    UUID owner = loggedIn(Map.of());
    UUID cardiologist = availableAgent(Map.of(CARDIOLOGY, 5), at(0));

    CallRequest request = CallRequest.of(UUID.randomUUID(), queue, at(1)).preferring(owner, Duration.ofSeconds(20));

    assertThat(offeredAgent(router.callArrived(request, at(1)))).isEqualTo(cardiologist);
  }

  @Test
  void aPreferredAgentWhoIsAvailableGetsTheCallAtOnceOverAgentsIdleLonger() {
    UUID queue = queue(0, RoutingStrategy.LONGEST_IDLE, AgentTarget.ANY_AGENT);
    availableAgent(Map.of(), at(0));
    UUID owner = availableAgent(Map.of(), at(5));

    CallRequest request = CallRequest.of(UUID.randomUUID(), queue, at(6)).preferring(owner, Duration.ofSeconds(20));

    assertThat(offeredAgent(router.callArrived(request, at(6)))).isEqualTo(owner);
  }

  @Test
  void aCallWhosePreferenceEndedKeepsItsPlaceAheadOfYoungerCalls() {
    UUID queue = queue(0, RoutingStrategy.LONGEST_IDLE, AgentTarget.ANY_AGENT);
    UUID owner = loggedIn(Map.of());
    UUID preferring = UUID.randomUUID();
    router.callArrived(CallRequest.of(preferring, queue, at(1)).preferring(owner, Duration.ofSeconds(20)), at(1));
    arrive(queue, at(2));

    assertThat(router.tick(at(21))).isEmpty();
    assertThat(nextOfferTo(loggedIn(Map.of()), at(22))).as("it waited longest").isEqualTo(preferring);
  }

  @Test
  void aCallsOwnRequiredSkillNarrowsTheQueuesTarget() {
    UUID queue = queue(0, RoutingStrategy.LONGEST_IDLE, AgentTarget.ANY_AGENT);
    availableAgent(Map.of(), at(0));
    UUID spanishSpeaker = availableAgent(Map.of(SPANISH, 6), at(1));
    CallRequest request = CallRequest.of(UUID.randomUUID(), queue, at(2))
        .requiring(AgentTarget.requiring(SkillRequirement.of(SPANISH, 5)));

    assertThat(offeredAgent(router.callArrived(request, at(2)))).isEqualTo(spanishSpeaker);
  }

  @Test
  void anAgentWithoutTheCallsSkillTakesTheNextCallTheyCanServe() {
    UUID queue = queue(0, RoutingStrategy.LONGEST_IDLE, AgentTarget.ANY_AGENT);
    CallRequest needsSpanish = CallRequest.of(UUID.randomUUID(), queue, at(1))
        .requiring(AgentTarget.requiring(SkillRequirement.of(SPANISH, 5)));
    router.callArrived(needsSpanish, at(1));
    UUID plain = arrive(queue, at(2));

    assertThat(nextOfferTo(loggedIn(Map.of()), at(3))).isEqualTo(plain);
    assertThat(nextOfferTo(loggedIn(Map.of(SPANISH, 5)), at(4))).isEqualTo(needsSpanish.callId());
  }

  @Test
  void aPriorityBoostGoesAheadButEqualPrioritiesStayInOrderOfWaiting() {
    UUID queue = queue(0, RoutingStrategy.LONGEST_IDLE, AgentTarget.ANY_AGENT);
    UUID first = arrive(queue, at(1));
    UUID second = arrive(queue, at(2));
    UUID urgent = UUID.randomUUID();
    router.callArrived(CallRequest.of(urgent, queue, at(3)).boostedBy(5), at(3));
    UUID agent = loggedIn(Map.of());

    assertThat(List.of(nextOfferTo(agent, at(4)), nextOfferTo(agent, at(5)), nextOfferTo(agent, at(6))))
        .containsExactly(urgent, first, second);
  }

  @Test
  void aCallbackKeepsItsPlaceAmongVoiceCallsAndNeverOverflows() {
    UUID queue = queue(0, new OverflowRule(
        Optional.of(Duration.ofSeconds(30)), OptionalInt.of(1), true, OverflowDestination.callback()));
    UUID agent = loggedIn(Map.of());
    UUID voice = arrive(queue, at(10));
    CallRequest callback = CallRequest.of(UUID.randomUUID(), queue, at(5)).asCallback();

    assertThat(router.callArrived(callback, at(40))).as("a full queue does not turn a callback away").isEmpty();
    assertThat(router.tick(at(100))).as("only the voice call overflows on its maximum wait")
        .singleElement().extracting(RoutingDecision::callId).isEqualTo(voice);
    assertThat(nextOfferTo(agent, at(101))).isEqualTo(callback.callId());
  }

  // --------------------------------------------------------------------------------------------- helpers

  private UUID lastCall;

  private static Instant at(int seconds) {
    return T0.plusSeconds(seconds);
  }

  private UUID queue(int priority, RoutingStrategy strategy, AgentTarget target) {
    UUID id = UUID.randomUUID();
    router.defineQueue(QueueDefinition.simple(id, priority, strategy, target), T0);
    return id;
  }

  private UUID queue(int priority, OverflowRule overflow) {
    UUID id = UUID.randomUUID();
    router.defineQueue(new QueueDefinition(id, priority, RoutingStrategy.LONGEST_IDLE,
        List.of(EscalationStep.immediately(AgentTarget.ANY_AGENT)), overflow), T0);
    return id;
  }

  private UUID loggedIn(Map<UUID, Integer> skills) {
    UUID id = UUID.randomUUID();
    Map<UUID, Proficiency> proficiencies = new java.util.HashMap<>();
    skills.forEach((skill, level) -> proficiencies.put(skill, new Proficiency(level)));
    router.logIn(new AgentProfile(id, proficiencies, Map.of()));
    return id;
  }

  private UUID availableAgent(Map<UUID, Integer> skills, Instant since) {
    return availableAgent(skills, since, 0);
  }

  private UUID availableAgent(Map<UUID, Integer> skills, Instant since, double occupancy) {
    UUID id = loggedIn(skills);
    assertThat(router.agentAvailable(id, since, occupancy)).isEmpty();
    return id;
  }

  private CallRequest call(UUID queue, Instant since) {
    lastCall = UUID.randomUUID();
    return CallRequest.of(lastCall, queue, since);
  }

  private UUID arrive(UUID queue, Instant when) {
    CallRequest request = call(queue, when);
    router.callArrived(request, when);
    return request.callId();
  }

  /** Makes the agent available and returns the call offered, releasing the agent again for the next step. */
  private UUID nextOfferTo(UUID agent, Instant when) {
    Offer offer = router.agentAvailable(agent, when, 0).orElseThrow(() -> new AssertionError("no offer"));
    router.releaseAgent(agent);
    return offer.callId();
  }

  private static UUID offeredAgent(List<RoutingDecision> decisions) {
    assertThat(decisions).singleElement().isInstanceOf(Offer.class);
    return ((Offer) decisions.get(0)).agentId();
  }
}
