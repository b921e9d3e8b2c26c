package org.confidant.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.confidant.routing.domain.RoutingDecision.Offer;
import org.confidant.routing.domain.RoutingDecision.Overflow;

/**
 * The router's promises for what a call may ask for itself — a preferred agent until a timeout, a priority boost, a
 * skill it needs — and for queued callbacks, checked against random scripts on one queue whose calls overflow to a
 * callback after a maximum wait (handled as the server does: the call re-enters as a callback in its old place).
 */
class PreferenceAndCallbackProperties {

  private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");
  private static final UUID SKILL = UUID.randomUUID();
  private static final Duration MAX_WAIT = Duration.ofSeconds(60);

  @Property(tries = 500)
  void aPreferredAgentAloneIsOfferedTheCallUntilThePreferenceTimesOut(@ForAll("scripts") List<Action> script) {
    Simulation simulation = new Simulation();
    script.forEach(simulation::perform);

    assertThat(simulation.violations).isEmpty();
  }

  @Property(tries = 500)
  void amongEqualPrioritiesTheLongerWaitingCallGoesFirstWhetherVoiceCallbackOrPastItsPreference(
      @ForAll("scripts") List<Action> script) {
    Simulation simulation = new Simulation();
    script.forEach(simulation::perform);

    assertThat(simulation.overtakes).isEmpty();
  }

  @Property(tries = 300)
  void everyCallEndsOfferedOrHungUpAndNoCallbackOverflowsAgain(@ForAll("scripts") List<Action> script) {
    Simulation simulation = new Simulation();
    script.forEach(simulation::perform);
    simulation.drain();

    assertThat(simulation.violations).isEmpty();
    assertThat(simulation.stillWaiting()).isEmpty();
    assertThat(simulation.ended).isEqualTo(simulation.arrived);
  }

  // ------------------------------------------------------------------------------------- the random script

  sealed interface Action {}

  /** A call arrives: preferring agent {@code preferred} (-1 none), boosted, needing the skill at {@code skill} (0 none). */
  record Arrive(int preferred, int timeoutSeconds, int boost, int skill, int callbackWaitedSeconds) implements Action {}

  record BecomeAvailable(int agent) implements Action {}

  record Release(int agent) implements Action {}

  record HangUp(int nthWaiting) implements Action {}

  record Wait(int seconds) implements Action {}

  @Provide
  Arbitrary<List<Action>> scripts() {
    Arbitrary<Integer> agent = Arbitraries.integers().between(0, 4);
    Arbitrary<Action> arrive = Combinators.combine(
        Arbitraries.integers().between(-2, 4), Arbitraries.integers().between(1, 40), Arbitraries.integers().between(0, 1),
        Arbitraries.integers().between(-6, 10), Arbitraries.integers().between(-3, 120)).as(Arrive::new);
    Arbitrary<Action> action = Arbitraries.frequencyOf(
        Tuple.of(4, arrive),
        Tuple.of(3, agent.map(BecomeAvailable::new)),
        Tuple.of(3, agent.map(Release::new)),
        Tuple.of(1, Arbitraries.integers().between(0, 9).map(HangUp::new)),
        Tuple.of(2, Arbitraries.integers().between(1, 30).map(Wait::new)));
    return action.list().ofMaxSize(150);
  }

  // ------------------------------------------------------------------------------- driving and checking

  static final class Simulation {

    private final Router router = new Router();
    private final UUID queue = UUID.randomUUID();
    private final List<AgentProfile> agents = new ArrayList<>();
    private final Map<UUID, UUID> heldBy = new HashMap<>();
    private final Map<UUID, Waiting> waiting = new HashMap<>();
    final List<String> violations = new ArrayList<>();
    final List<String> overtakes = new ArrayList<>();
    int arrived;
    int ended;
    private Instant now = T0;
    private Instant lastTick = T0;
    /**
     * Calls whose preference ended after this may still have been preferring when an offer was decided: a tick
     * applies deadlines in time order, so a call whose preference ended earlier in the tick's window rightly goes
     * first. Outside ticks it is the last tick.
     */
    private Instant preferenceSettled = T0;

    /**
     * A call as the model sees it: its request, and the agent who alone may take it until {@code preferredUntil}
     * (the router ends preferences in ticks).
     */
    record Waiting(CallRequest request, Optional<UUID> preferred, Instant preferredUntil) {
      boolean inPreference(Instant lastTick) {
        return preferred.isPresent() && lastTick.isBefore(preferredUntil);
      }
    }

    Simulation() {
      router.defineQueue(new QueueDefinition(queue, 0, RoutingStrategy.LONGEST_IDLE,
          List.of(EscalationStep.immediately(AgentTarget.ANY_AGENT)),
          new OverflowRule(Optional.of(MAX_WAIT), OptionalInt.empty(), false, OverflowDestination.callback())), now);
      for (int level = 0; level <= 10; level += 2) { // the last agent meets every call's need
        Map<UUID, Proficiency> skills = level == 0 ? Map.of() : Map.of(SKILL, new Proficiency(level));
        AgentProfile profile = new AgentProfile(UUID.randomUUID(), skills, Map.of());
        agents.add(profile);
        router.logIn(profile);
      }
    }

    void perform(Action action) {
      now = now.plusSeconds(1);
      if (action instanceof Arrive arrive) {
        arrive(arrive);
      } else if (action instanceof BecomeAvailable available) {
        available(agents.get(available.agent() % agents.size()).id());
      } else if (action instanceof Release release) {
        release(agents.get(release.agent() % agents.size()).id());
      } else if (action instanceof HangUp hangUp) {
        hangUp(hangUp.nthWaiting());
      } else if (action instanceof Wait pause) {
        tick(now.plusSeconds(pause.seconds()));
      }
    }

    /** Every agent keeps coming back until nothing waits. */
    void drain() {
      for (int round = 0; round < 100 && !waiting.isEmpty(); round++) {
        tick(now.plusSeconds(60));
        agents.forEach(agent -> {
          release(agent.id());
          available(agent.id());
        });
      }
    }

    List<UUID> stillWaiting() {
      return waiting.keySet().stream().filter(router::isWaiting).toList();
    }

    private void arrive(Arrive arrive) {
      CallRequest request = CallRequest.of(UUID.randomUUID(), queue, now).boostedBy(arrive.boost());
      if (arrive.preferred() >= 0) {
        request = request.preferring(agents.get(arrive.preferred()).id(), Duration.ofSeconds(arrive.timeoutSeconds()));
      }
      if (arrive.skill() > 0) {
        request = request.requiring(AgentTarget.requiring(SkillRequirement.of(SKILL, arrive.skill())));
      }
      if (arrive.callbackWaitedSeconds() >= 0) { // a callback restored into the line, with its older place
        request = callbackOf(request, now.minusSeconds(arrive.callbackWaitedSeconds()));
      }
      arrived++;
      AgentTarget needs = request.required();
      Optional<UUID> preferred = request.preferredAgent().filter(agent -> needs.admits(profile(agent)));
      waiting.put(request.callId(), new Waiting(request, preferred, now.plus(request.preferenceTimeout())));
      router.callArrived(request, now).forEach(this::check);
    }

    private void available(UUID agent) {
      if (!heldBy.containsValue(agent)) {
        router.agentAvailable(agent, now, 0).ifPresent(this::check);
      }
    }

    private void release(UUID agent) {
      if (heldBy.values().remove(agent)) {
        router.releaseAgent(agent);
      }
    }

    private void hangUp(int nth) {
      List<UUID> calls = new ArrayList<>(waiting.keySet());
      if (!calls.isEmpty()) {
        UUID call = calls.get(nth % calls.size());
        router.callLeft(call);
        waiting.remove(call);
        ended++;
      }
    }

    private void tick(Instant at) {
      now = at;
      preferenceSettled = lastTick;
      lastTick = at;
      router.tick(now).forEach(this::check);
      preferenceSettled = lastTick;
    }

    private void check(RoutingDecision decision) {
      if (decision instanceof Overflow overflow) {
        overflowed(overflow);
        return;
      }
      Offer offer = (Offer) decision;
      Waiting call = waiting.remove(offer.callId());
      if (call == null) {
        violations.add("offered " + offer.callId() + ", which was not waiting");
        return;
      }
      ended++;
      if (heldBy.containsValue(offer.agentId())) {
        violations.add("agent " + offer.agentId() + " offered a second call");
      }
      heldBy.put(offer.callId(), offer.agentId());
      AgentProfile agent = profile(offer.agentId());
      if (!call.request().admits(agent)) {
        violations.add("agent without the call's skill got " + offer.callId());
      }
      boolean preferenceOffer = call.preferred().filter(offer.agentId()::equals).isPresent()
          && call.inPreference(lastTick);
      if (call.inPreference(lastTick) && !preferenceOffer) {
        violations.add("call " + offer.callId() + " went to another agent before its preference timed out");
      }
      if (!preferenceOffer) {
        checkNoOlderCallWasPassedOver(offer, call, agent);
      }
    }

    private void checkNoOlderCallWasPassedOver(Offer offer, Waiting call, AgentProfile agent) {
      waiting.forEach((other, waits) -> {
        if (waits.request().priorityBoost() == call.request().priorityBoost()
            && waits.request().waitingSince().isBefore(call.request().waitingSince())
            && !waits.inPreference(preferenceSettled) && waits.request().admits(agent) && router.isWaiting(other)) {
          overtakes.add(offer.callId() + " overtook " + other);
        }
      });
    }

    /** As the server does: a voice call that waited too long hangs up and waits on as a callback, in its place. */
    private void overflowed(Overflow overflow) {
      Waiting was = waiting.remove(overflow.callId());
      if (was == null || was.request().callback()) {
        violations.add("call " + overflow.callId() + " overflowed while a callback or not waiting");
        return;
      }
      CallRequest callback = callbackOf(was.request(), was.request().waitingSince());
      waiting.put(callback.callId(), new Waiting(callback, Optional.empty(), now));
      router.callArrived(callback, now).forEach(this::check);
    }

    /** A callback as the server asks for it: in its place, preference over (it had its time while the caller waited). */
    private static CallRequest callbackOf(CallRequest request, Instant waitingSince) {
      return new CallRequest(request.callId(), request.queueId(), waitingSince, request.priorityBoost(),
          Optional.empty(), Duration.ZERO, request.required(), true);
    }

    private AgentProfile profile(UUID agentId) {
      return agents.stream().filter(agent -> agent.id().equals(agentId)).findFirst().orElseThrow();
    }
  }
}
