package org.confidant.telephony.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;
import org.confidant.calls.domain.CallEvent.Type;
import org.confidant.calls.domain.EndCause;
import org.confidant.routing.domain.AgentProfile;
import org.confidant.routing.domain.CallRequest;
import org.confidant.routing.domain.OverflowDestination;
import org.confidant.routing.domain.Proficiency;
import org.confidant.routing.domain.QueueDefinition;
import org.confidant.routing.domain.Routing;
import org.confidant.routing.domain.RoutingDecision;
import org.confidant.routing.domain.RoutingDecision.Offer;
import org.confidant.routing.domain.RoutingDecision.Overflow;
import org.confidant.routing.domain.SkillRequirement;
import org.confidant.telephony.api.SimulationSettings;
import org.confidant.telephony.api.SimulationStatus;

/**
 * A simulated phone system with callers and agent phones: Poisson arrivals spread over the queues, an optional IVR
 * step, callers who give up after their patience, agent phones that ring and are answered (or ring out), talk with
 * an optional hold, and wrap-up. Deterministic for a seed and a sequence of {@link #advance} times.
 */
public final class Simulation {

  /** Happenings handled per step at most (a step holds the run's lock and ends with a ledger flush). */
  static final int MAX_HAPPENINGS_PER_STEP = 2_000;


  private enum Kind { ARRIVAL, ANSWER, RING_OUT, HOLD, RESUME, HANG_UP, PATIENCE_OVER, AGENT_READY }

  private enum Phase { WAITING, RINGING, TALKING, DONE }

  private record Happening(long atMillis, long order, Kind kind, SimCall call, UUID agent) {}

  private static final class SimCall {
    final UUID id;
    final UUID queue;
    long nextSequence = 1;
    Phase phase = Phase.WAITING;
    UUID agent;

    SimCall(UUID id, UUID queue) {
      this.id = id;
      this.queue = queue;
    }
  }

  private final SimulationSettings settings;
  private final List<QueueDefinition> queues;
  private final CallEventsPort telephony;
  private final Routing routing;
  private final SplittableRandom random;
  private final PriorityQueue<Happening> agenda = new PriorityQueue<>(
      (a, b) -> a.atMillis != b.atMillis ? Long.compare(a.atMillis, b.atMillis) : Long.compare(a.order, b.order));
  /** Calls not yet ended (an endless demo run must not keep every call it ever made). */
  private final Map<UUID, SimCall> calls = new LinkedHashMap<>();
  private final List<UUID> agents = new ArrayList<>();
  private final LatencyRecorder decisionLatency = new LatencyRecorder();
  private final Instant start;
  private long order;
  /** The simulation's clock: milliseconds since start, never going back. */
  private long clockMillis;
  private long started;
  private long answered;
  private long abandoned;
  private long overflowed;
  private long posted;
  private long rejected;
  private long refused;
  private boolean arrivalsOpen = true;
  private boolean loggedOut;
  private long agentsHoldingAtEnd;

  public Simulation(SimulationSettings settings, List<QueueDefinition> queues, CallEventsPort telephony,
      Routing routing, Instant start) {
    if (queues.isEmpty()) {
      throw new IllegalArgumentException("the simulator needs at least one queue");
    }
    this.settings = settings;
    this.queues = List.copyOf(queues);
    this.telephony = telephony;
    this.routing = routing;
    this.random = new SplittableRandom(settings.seed());
    this.start = start;
  }

  /** Logs in the simulated agents (each able to serve one or two queues) and plans the first arrival. */
  public void begin() {
    for (int i = 0; i < settings.agents(); i++) {
      AgentProfile agent = new AgentProfile(uuid(), skillsFor(queue(), queue()), Map.of("simulated", "true"));
      routing.logIn(agent);
      agents.add(agent.id());
      schedule(0, Kind.AGENT_READY, null, agent.id());
    }
    schedule(interArrival(), Kind.ARRIVAL, null, null);
  }

  /** Handles everything due by {@code now}; returns when the next thing is due, if anything is. */
  public Optional<Instant> advance(Instant now) {
    long nowMillis = Math.max(clockMillis, Duration.between(start, now).toMillis());
    int handled = 0;
    // A bounded step: a loop that fell behind returns between steps, so status requests are answered meanwhile.
    while (!agenda.isEmpty() && agenda.peek().atMillis <= nowMillis && handled++ < MAX_HAPPENINGS_PER_STEP) {
      Happening next = agenda.poll();
      // Handle it at its own time, not when the loop got to it: what it schedules keeps the planned rhythm.
      clockMillis = Math.max(clockMillis, next.atMillis);
      handle(next, at(clockMillis));
    }
    if (agenda.isEmpty() || agenda.peek().atMillis > nowMillis) {
      clockMillis = nowMillis;
    }
    routed(timed(() -> routing.tick(now)), now);
    rejected += telephony.flush();
    return agenda.isEmpty() ? Optional.empty() : Optional.of(at(agenda.peek().atMillis));
  }

  /** True once arrivals are over and every call has ended. */
  public boolean finished() {
    return !arrivalsOpen && calls.isEmpty();
  }

  /** No more arrivals; every live call is hung up now and the agents log out. */
  public void stop(Instant now) {
    arrivalsOpen = false;
    agenda.clear();
    for (SimCall call : new ArrayList<>(calls.values())) {
      hangUp(call, now, EndCause.CALLER_HUNG_UP);
    }
    rejected += telephony.flush();
  }

  /** Counts the agents still holding a call (there should be none), then logs every free one out. */
  public void logOutAgents(Instant now) {
    agentsHoldingAtEnd = agentsHoldingACall();
    agents.stream().filter(agent -> routing.reservation(agent).isEmpty()).forEach(agent -> routing.logOut(agent, now));
    loggedOut = true;
  }

  private long agentsHoldingACall() {
    return agents.stream().filter(agent -> routing.reservation(agent).isPresent()).count();
  }

  public SimulationStatus status(String state, Instant now) {
    long open = calls.size();
    long holding = loggedOut ? agentsHoldingAtEnd : finished() ? agentsHoldingACall() : 0;
    return new SimulationStatus(state, started, answered, abandoned, overflowed, open, holding, posted, rejected,
        refused, decisionLatency.percentileMicros(50), decisionLatency.percentileMicros(99),
        Duration.between(start, now).toMillis() / 1000.0);
  }

  // --------------------------------------------------------------------------------------------- happenings

  private void handle(Happening happening, Instant now) {
    SimCall call = happening.call;
    switch (happening.kind) {
      case ARRIVAL -> arrive(now);
      case ANSWER -> answer(call, now);
      case RING_OUT -> ringOut(call, happening.agent, now);
      case HOLD -> hold(call, now);
      case RESUME -> post(call, now, Type.RESUMED, null);
      case HANG_UP -> hangUp(call, now, random.nextBoolean() ? EndCause.AGENT_HUNG_UP : EndCause.CALLER_HUNG_UP);
      case PATIENCE_OVER -> loseTheCaller(call, now);
      case AGENT_READY -> routing.agentAvailable(happening.agent, now).ifPresent(offer -> offered(offer, now));
    }
  }

  private void arrive(Instant now) {
    if (!arrivalsOpen) {
      return;
    }
    SimCall call = new SimCall(uuid(), queue().id());
    calls.put(call.id, call);
    started++;
    post(call, now, Type.OFFERED, null);
    if (random.nextDouble() < settings.ivrShare()) {
      post(call, now, Type.IVR_STARTED, null);
      post(call, now, Type.DIGITS, String.valueOf(1 + random.nextInt(3)));
    }
    enqueue(call, now);
    schedule(exponential(settings.meanPatienceMillis()), Kind.PATIENCE_OVER, call, null);
    arrivalsOpen = settings.calls() == 0 || started < settings.calls();
    if (arrivalsOpen) {
      schedule(interArrival(), Kind.ARRIVAL, null, null);
    }
  }

  private void enqueue(SimCall call, Instant now) {
    post(call, now, Type.QUEUED, call.queue.toString());
    call.phase = Phase.WAITING;
    routed(timed(() -> routing.callArrived(CallRequest.of(call.id, call.queue, now), now)), now);
  }

  private void routed(List<RoutingDecision> decisions, Instant now) {
    for (RoutingDecision decision : decisions) {
      if (decision instanceof Offer offer) {
        offered(offer, now);
      } else if (decision instanceof Overflow overflow) {
        overflowedTo(calls.get(overflow.callId()), overflow, now);
      }
    }
  }

  private void offered(Offer offer, Instant now) {
    SimCall call = calls.get(offer.callId());
    call.phase = Phase.RINGING;
    call.agent = offer.agentId();
    post(call, now, Type.RINGING, offer.agentId().toString());
    boolean ringsOut = random.nextDouble() < settings.noAnswerShare();
    schedule(exponential(settings.meanRingMillis()), ringsOut ? Kind.RING_OUT : Kind.ANSWER, call, offer.agentId());
  }

  private void answer(SimCall call, Instant now) {
    if (call.phase != Phase.RINGING) {
      return;
    }
    call.phase = Phase.TALKING;
    answered++;
    post(call, now, Type.ANSWERED, null);
    long talk = exponential(settings.meanTalkMillis());
    if (random.nextDouble() < settings.holdShare()) {
      schedule(talk / 3, Kind.HOLD, call, null);
      schedule(talk / 2, Kind.RESUME, call, null);
    }
    schedule(talk, Kind.HANG_UP, call, null);
  }

  private void hold(SimCall call, Instant now) {
    if (call.phase == Phase.TALKING) {
      post(call, now, Type.HELD, null);
    }
  }

  /** The agent did not pick up: the call goes back to its queue, the agent comes back after a pause. */
  private void ringOut(SimCall call, UUID agent, Instant now) {
    if (call.phase != Phase.RINGING || !agent.equals(call.agent)) {
      return;
    }
    refused++;
    call.agent = null;
    call.phase = Phase.WAITING;
    post(call, now, Type.QUEUED, call.queue.toString());
    routed(timed(() -> routing.offerRefused(agent, now)), now);
    schedule(settings.wrapUpMillis() + exponential(settings.meanRingMillis()), Kind.AGENT_READY, null, agent);
  }

  private void loseTheCaller(SimCall call, Instant now) {
    if (call.phase == Phase.WAITING && routing.callLeft(call.id)) {
      abandoned++;
      end(call, now, EndCause.CALLER_HUNG_UP);
    } else if (call.phase == Phase.RINGING) {
      abandoned++;
      hangUp(call, now, EndCause.CALLER_HUNG_UP);
    }
  }

  private void hangUp(SimCall call, Instant now, EndCause cause) {
    if (call.phase == Phase.WAITING) {
      routing.callLeft(call.id);
    }
    UUID agent = call.agent;
    end(call, now, cause);
    if (agent != null) {
      routing.releaseAgent(agent);
      if (arrivalsOpen) {
        schedule(settings.wrapUpMillis(), Kind.AGENT_READY, null, agent);
      }
    }
  }

  private void overflowedTo(SimCall call, Overflow overflow, Instant now) {
    if (overflow.destination().queueId() != null) {
      post(call, now, Type.QUEUED, overflow.destination().queueId().toString());
      return;
    }
    overflowed++;
    end(call, now, overflow.destination().kind() == OverflowDestination.Kind.CALLBACK
        ? EndCause.CALLBACK_SCHEDULED : EndCause.VOICEMAIL);
  }

  private void end(SimCall call, Instant now, EndCause cause) {
    post(call, now, Type.ENDED, cause.name());
    call.phase = Phase.DONE;
    call.agent = null;
    calls.remove(call.id);
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private void post(SimCall call, Instant now, Type type, String detail) {
    posted++;
    telephony.post(call.id, call.nextSequence++, now, type, detail);
  }

  private List<RoutingDecision> timed(Supplier<List<RoutingDecision>> decision) {
    long begin = System.nanoTime();
    List<RoutingDecision> decisions = decision.get();
    decisionLatency.record(System.nanoTime() - begin);
    return decisions;
  }

  private Map<UUID, Proficiency> skillsFor(QueueDefinition first, QueueDefinition second) {
    Map<UUID, Proficiency> skills = new HashMap<>();
    for (QueueDefinition queue : List.of(first, second)) {
      for (SkillRequirement requirement : queue.steps().get(0).target().skills()) {
        skills.put(requirement.skillId(), new Proficiency(Proficiency.HIGHEST));
      }
    }
    return skills;
  }

  private QueueDefinition queue() {
    return queues.get(random.nextInt(queues.size()));
  }

  private UUID uuid() {
    return new UUID(random.nextLong(), random.nextLong());
  }

  private long interArrival() {
    return Math.max(1, Math.round(-Math.log(1 - random.nextDouble()) * 1000 / settings.arrivalsPerSecond()));
  }

  private long exponential(long meanMillis) {
    return Math.max(1, Math.round(-Math.log(1 - random.nextDouble()) * meanMillis));
  }

  private void schedule(long delayMillis, Kind kind, SimCall call, UUID agent) {
    agenda.add(new Happening(clockMillis + delayMillis, order++, kind, call, agent));
  }

  private Instant at(long millis) {
    return start.plusMillis(millis);
  }
}
