package org.confidant.telephony.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.confidant.calls.domain.Call;
import org.confidant.calls.domain.CallEvent;
import org.confidant.calls.domain.Outcome;
import org.confidant.routing.domain.AgentTarget;
import org.confidant.routing.domain.QueueDefinition;
import org.confidant.routing.domain.Router;
import org.confidant.routing.domain.RoutingStrategy;
import org.confidant.routing.domain.SkillRequirement;
import org.confidant.telephony.api.SimulationSettings;
import org.confidant.telephony.api.SimulationStatus;
import org.junit.jupiter.api.Test;

/** The simulator against the real router and the real call state machine, on a virtual clock. */
class SimulationTest {

  private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
  private static final SimulationSettings BUSY_HOUR = new SimulationSettings(
      42, 500, 20, 8, 400, 3_000, 4_000, 500, 0.5, 0.3, 0.05);

  @Test
  void everyCallEndsEveryEventIsLegalAndNoAgentIsLeftHoldingACall() {
    Calls calls = new Calls();
    Simulation simulation = new Simulation(BUSY_HOUR, QUEUES, calls, routerWithQueues(), T0);

    SimulationStatus status = run(simulation, calls);

    assertThat(status.callsStarted()).isEqualTo(500);
    assertThat(status.callsStillOpen()).isZero();
    assertThat(status.agentsStillHoldingACall()).isZero();
    assertThat(status.eventsRejected()).isZero();
    assertThat(calls.rejected).isZero();
    assertThat(calls.byId.values()).allSatisfy(call -> assertThat(call.state().isFinal()).isTrue());
    assertThat(status.callsAnswered() + status.callsAbandoned() + status.callsOverflowed())
        .as("answered calls that were abandoned while ringing count once").isGreaterThanOrEqualTo(500);
    assertThat(status.callsAbandoned()).as("with 8 agents for 20 calls/s, some callers give up").isPositive();
    assertThat(status.offersRefused()).as("some phones ring out").isPositive();
  }

  @Test
  void theSameSeedGivesTheSameRun() {
    Calls first = new Calls();
    Calls second = new Calls();

    SimulationStatus a = run(new Simulation(BUSY_HOUR, QUEUES, first, routerWithQueues(), T0), first);
    SimulationStatus b = run(new Simulation(BUSY_HOUR, QUEUES, second, routerWithQueues(), T0), second);

    assertThat(List.of(b.callsAnswered(), b.callsAbandoned(), b.eventsPosted(), b.offersRefused()))
        .isEqualTo(List.of(a.callsAnswered(), a.callsAbandoned(), a.eventsPosted(), a.offersRefused()));
    assertThat(second.byId.keySet()).isEqualTo(first.byId.keySet());
  }

  private static SimulationStatus run(Simulation simulation, Calls calls) {
    simulation.begin();
    Instant now = T0;
    Optional<Instant> next = simulation.advance(now);
    while (!simulation.finished() && next.isPresent()) {
      now = next.get();
      next = simulation.advance(now);
    }
    simulation.logOutAgents(now);
    return simulation.status("FINISHED", now);
  }

  private static final List<QueueDefinition> QUEUES = List.of(
      QueueDefinition.simple(id("cardiology queue"), 5, RoutingStrategy.LONGEST_IDLE,
          AgentTarget.requiring(SkillRequirement.of(id("cardiology"), 6))),
      QueueDefinition.simple(id("billing queue"), 1, RoutingStrategy.MOST_SKILLED,
          AgentTarget.requiring(SkillRequirement.of(id("billing"), 3))));

  private static Router routerWithQueues() {
    Router router = new Router();
    QUEUES.forEach(queue -> router.defineQueue(queue, T0));
    return router;
  }

  private static UUID id(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  /** The call state machine as the ledger would run it, in memory. */
  private static final class Calls implements CallEventsPort {
    final Map<UUID, Call> byId = new HashMap<>();
    int rejected;
    int rejectedSinceFlush;

    @Override
    public void post(UUID callId, long sequence, Instant at, CallEvent.Type type, String detail) {
      CallEvent event = new CallEvent(callId, sequence, at, type, detail);
      if (type == CallEvent.Type.OFFERED) {
        byId.put(callId, Call.offered(event));
      } else if (byId.get(callId).apply(event) == Outcome.REJECTED) {
        rejected++;
        rejectedSinceFlush++;
      }
    }

    @Override
    public int flush() {
      int count = rejectedSinceFlush;
      rejectedSinceFlush = 0;
      return count;
    }
  }
}
