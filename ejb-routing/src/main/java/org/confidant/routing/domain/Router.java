package org.confidant.routing.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.UUID;
import org.confidant.routing.domain.RoutingDecision.Offer;
import org.confidant.routing.domain.RoutingDecision.Overflow;

/**
 * The routing engine: matches waiting calls with available agents, one decision at a time (the caller serialises
 * access). Everything it holds can be rebuilt from the database, so it is a cache of decisions' inputs, never
 * their only record.
 *
 * <p>Invariant: an available agent never has a waiting call they could take — whenever a call becomes eligible
 * for an available agent (arrival, escalation, end of a preference) or an agent becomes available, the match is
 * made at once. So each decision looks only at the heads of a few sorted lists.
 *
 * <p>Cost: an arriving call looks at the first available agent of each of its queue's steps; an agent who becomes
 * available looks at the first waiting call of each queue they serve; listing and unlisting are tree operations.
 * So a decision grows with log(agents), not with the number of agents.
 */
public final class Router implements Routing {

  private static final int MAX_OVERFLOW_HOPS = 8;

  private final Map<UUID, QueueRuntime> queues = new HashMap<>();
  private final Map<UUID, AgentRuntime> agents = new HashMap<>();
  private final Map<UUID, WaitingCall> waiting = new HashMap<>();
  private final PriorityQueue<Deadline> deadlines = new PriorityQueue<>(Deadline.TIME_ORDER);
  private long sequence;
  private long lastTickMillis;

  // ------------------------------------------------------------------------------------------ configuration

  /**
   * Adds a queue or replaces its definition. Waiting calls stay, in their order (including those waiting for a
   * preferred agent); available agents keep the time they became available.
   */
  public List<RoutingDecision> defineQueue(QueueDefinition definition, Instant now) {
    QueueRuntime previous = queues.get(definition.id());
    List<WaitingCall> calls = previous == null ? List.of()
        : waiting.values().stream().filter(call -> call.queue == previous).sorted(WaitingCall.SERVICE_ORDER).toList();
    calls.forEach(this::forget);
    QueueRuntime queue = new QueueRuntime(definition);
    queues.put(definition.id(), queue);
    for (AgentRuntime agent : agents.values()) {
      if (previous != null) {
        agent.unlistFrom(previous);
        if (agent.steps.remove(previous) != null) {
          previous.loggedInAgents--;
        }
      }
      admitToQueue(agent, queue);
      if (agent.available && agent.steps.containsKey(queue)) {
        agent.listIn(queue, agent.steps.get(queue));
      }
    }
    List<RoutingDecision> decisions = new ArrayList<>();
    calls.forEach(call -> decisions.addAll(enqueue(call.request, now, 0)));
    return decisions;
  }

  @Override
  public void logIn(AgentProfile profile) {
    if (agents.containsKey(profile.id())) {
      throw new IllegalStateException("agent " + profile.id() + " is already logged in");
    }
    AgentRuntime agent = new AgentRuntime(profile, sequence++);
    agents.put(profile.id(), agent);
    queues.values().forEach(queue -> admitToQueue(agent, queue));
  }

  /**
   * Logs the agent out. Calls that waited for them alone go to their queues now. A call reserved for them must be
   * handed back first, through {@link #offerRefused}.
   */
  @Override
  public List<RoutingDecision> logOut(UUID agentId, Instant now) {
    AgentRuntime agent = agent(agentId);
    if (agent.reservation != null) {
      throw new IllegalStateException("agent " + agentId + " is reserved for call " + agent.reservation.callId());
    }
    agent.unlist();
    agent.steps.keySet().forEach(queue -> queue.loggedInAgents--);
    agents.remove(agentId);
    List<RoutingDecision> decisions = new ArrayList<>();
    new ArrayList<>(agent.preferredCalls).forEach(call -> decisions.addAll(endPreference(call, lastTickMillis, now)));
    return decisions;
  }

  // ------------------------------------------------------------------------------------------------ agents

  /**
   * The agent is ready for a call. Returns the offer if a call is waiting for them; otherwise lists them as
   * available. {@code occupancy} (0..1, time on calls in the recent interval) orders least-occupied queues.
   */
  @Override
  public Optional<Offer> agentAvailable(UUID agentId, Instant now) {
    return agentAvailable(agentId, now, 0);
  }

  public Optional<Offer> agentAvailable(UUID agentId, Instant now, double occupancy) {
    AgentRuntime agent = agent(agentId);
    if (agent.reservation != null) {
      throw new IllegalStateException(
          "agent " + agentId + " is still reserved for call " + agent.reservation.callId());
    }
    if (agent.available) {
      return Optional.empty();
    }
    agent.occupancy = occupancy;
    WaitingCall call = nextCallFor(agent);
    if (call != null) {
      return Optional.of(reserve(agent, call, now));
    }
    agent.list(now.toEpochMilli());
    return Optional.empty();
  }

  /** The agent is not ready (reason code, device lost): no more offers until they are available again. */
  public void agentUnavailable(UUID agentId) {
    agent(agentId).unlist();
  }

  /** The agent's reserved call is over for routing (answered and ended, or abandoned while ringing). */
  @Override
  public void releaseAgent(UUID agentId) {
    agent(agentId).reservation = null;
  }

  /**
   * The reserved agent did not answer in time (RONA) or could not take the call: the agent gets no more offers until
   * available again, and the call returns to its queue exactly where it was — same order, same escalation step.
   */
  @Override
  public List<RoutingDecision> offerRefused(UUID agentId, Instant now) {
    AgentRuntime agent = agent(agentId);
    WaitingCall call = agent.reservation;
    if (call == null) {
      throw new IllegalStateException("agent " + agentId + " has no reserved call");
    }
    agent.reservation = null;
    return placeInQueue(call, lastTickMillis, now);
  }

  /**
   * Restores an offer made before the router was rebuilt (after a restart or a rolled-back transaction): the agent
   * is reserved for the call again, as if it had just been offered, so a refusal puts it back in its place.
   */
  public void restoreOffer(UUID agentId, CallRequest request, Instant now) {
    AgentRuntime agent = agent(agentId);
    if (agent.reservation != null || waiting.containsKey(request.callId())) {
      throw new IllegalStateException("cannot restore the offer of call " + request.callId() + " to " + agentId);
    }
    agent.unlist();
    agent.reservation = new WaitingCall(request, queue(request.queueId()), now.toEpochMilli(), sequence++);
  }

  public boolean isLoggedIn(UUID agentId) {
    return agents.containsKey(agentId);
  }

  // ------------------------------------------------------------------------------------------------- calls

  /** A call asks for an agent: offered at once, overflowed, or left waiting. */
  @Override
  public List<RoutingDecision> callArrived(CallRequest request, Instant now) {
    if (waiting.containsKey(request.callId())) {
      throw new IllegalStateException("call " + request.callId() + " is already waiting");
    }
    return enqueue(request, now, 0);
  }

  /** The caller hung up (or the call was taken elsewhere) while waiting. */
  @Override
  public boolean callLeft(UUID callId) {
    WaitingCall call = waiting.get(callId);
    if (call == null) {
      return false;
    }
    forget(call);
    return true;
  }

  /** Applies whatever has come due by {@code now}: escalation steps, ended preferences, maximum waits. */
  @Override
  public List<RoutingDecision> tick(Instant now) {
    List<RoutingDecision> decisions = new ArrayList<>();
    lastTickMillis = Math.max(lastTickMillis, now.toEpochMilli());
    while (!deadlines.isEmpty() && deadlines.peek().atMillis() <= now.toEpochMilli()) {
      Deadline deadline = deadlines.poll();
      if (!deadline.isStale()) {
        decisions.addAll(apply(deadline, now));
      }
    }
    return decisions;
  }

  // ----------------------------------------------------------------------------------------------- queries

  public int waitingIn(UUID queueId) {
    return queue(queueId).waitingCalls;
  }

  public boolean isWaiting(UUID callId) {
    return waiting.containsKey(callId);
  }

  @Override
  public Optional<UUID> reservation(UUID agentId) {
    return Optional.ofNullable(agent(agentId).reservation).map(WaitingCall::callId);
  }

  public boolean isAvailable(UUID agentId) {
    return agent(agentId).available;
  }

  // -------------------------------------------------------------------------------------------- internals

  private List<RoutingDecision> enqueue(CallRequest request, Instant now, int hops) {
    QueueRuntime queue = queue(request.queueId());
    Optional<Overflow.Reason> overflow = overflowOnArrival(queue, request);
    if (overflow.isPresent()) {
      return overflow(request, queue, overflow.get(), now, hops);
    }
    // A callback goes on escalating from where its caller first joined, not from when the caller hung up.
    long enqueuedAt = request.callback() ? Math.min(now.toEpochMilli(), request.waitingSince().toEpochMilli())
        : now.toEpochMilli();
    WaitingCall call = new WaitingCall(request, queue, enqueuedAt, sequence++);
    AgentRuntime preferred = request.preferredAgent().map(agents::get).orElse(null);
    if (preferred != null && !request.preferenceTimeout().isNegative() && !request.preferenceTimeout().isZero() && isEligible(preferred, call)) {
      return waitForPreferredAgent(call, preferred, now);
    }
    return placeInQueue(call, lastTickMillis, now);
  }

  /** A preferred agent is only waited for if the queue (at some step) and the call's own needs admit them. */
  private static boolean isEligible(AgentRuntime agent, WaitingCall call) {
    return agent.steps.containsKey(call.queue) && call.request.admits(agent.profile);
  }

  /** A queued callback never overflows: the caller already hung up, waiting for their turn is what they chose. */
  private Optional<Overflow.Reason> overflowOnArrival(QueueRuntime queue, CallRequest request) {
    if (request.callback()) {
      return Optional.empty();
    }
    OverflowRule rule = queue.definition.overflow();
    if (rule.whenNoAgentLoggedIn() && queue.loggedInAgents == 0) {
      return Optional.of(Overflow.Reason.NO_AGENT_LOGGED_IN);
    }
    if (rule.maxQueueLength().isPresent() && queue.waitingCalls >= rule.maxQueueLength().getAsInt()) {
      return Optional.of(Overflow.Reason.QUEUE_FULL);
    }
    return Optional.empty();
  }

  private List<RoutingDecision> overflow(
      CallRequest request, QueueRuntime queue, Overflow.Reason reason, Instant now, int hops) {
    OverflowDestination destination = queue.definition.overflow().to();
    boolean toQueue = destination.kind() == OverflowDestination.Kind.QUEUE && hops < MAX_OVERFLOW_HOPS;
    if (!toQueue && destination.kind() == OverflowDestination.Kind.QUEUE) {
      destination = OverflowDestination.voicemail();
    }
    List<RoutingDecision> decisions = new ArrayList<>();
    decisions.add(new Overflow(request.callId(), queue.definition.id(), destination, reason));
    if (toQueue) {
      decisions.addAll(enqueue(request.inQueue(destination.queueId()), now, hops + 1));
    }
    return decisions;
  }

  private List<RoutingDecision> waitForPreferredAgent(WaitingCall call, AgentRuntime preferred, Instant now) {
    if (preferred.available) {
      return List.of(reserve(preferred, call, now));
    }
    register(call);
    call.preferredAgent = preferred;
    preferred.preferredCalls.add(call);
    schedule(call, now.toEpochMilli() + call.request.preferenceTimeout().toMillis(), Deadline.Kind.PREFERENCE_ENDS);
    return List.of();
  }

  /**
   * Escalation moves in ticks: every waiting call is at the step its wait had reached as of the last deadline
   * applied ({@code asOfMillis}). A call (re-)placed between ticks gets the same treatment, so it cannot jump ahead
   * of older calls not yet escalated.
   */
  private List<RoutingDecision> placeInQueue(WaitingCall call, long asOfMillis, Instant now) {
    call.level = Math.max(call.level, call.queue.levelAfter(asOfMillis - call.enqueuedAtMillis));
    AgentRuntime agent = call.queue.bestAgentUpTo(call.level, 0, call.request);
    if (agent != null) {
      return List.of(reserve(agent, call, now));
    }
    if (!waiting.containsKey(call.request.callId())) {
      register(call);
    }
    call.queue.listWaiting(call, 0, call.level);
    scheduleNextStep(call);
    if (!call.request.callback()) {
      call.queue.definition.overflow().maxWait().ifPresent(maxWait ->
          schedule(call, call.enqueuedAtMillis + maxWait.toMillis(), Deadline.Kind.MAX_WAIT));
    }
    return List.of();
  }

  private List<RoutingDecision> apply(Deadline deadline, Instant now) {
    WaitingCall call = deadline.call();
    return switch (deadline.kind()) {
      case ESCALATION -> escalate(call, deadline.atMillis(), now);
      case PREFERENCE_ENDS -> call.preferredAgent == null ? List.of() : endPreference(call, deadline.atMillis(), now);
      case MAX_WAIT -> {
        forget(call);
        yield overflow(call.request, call.queue, Overflow.Reason.MAX_WAIT, now, 0);
      }
    };
  }

  /**
   * Raises the call to the step due at {@code dueMillis} — not at {@code now}: deadlines are applied in time order,
   * so an older call reaching a step is always matched before a younger one reaching it later in the same tick.
   */
  private List<RoutingDecision> escalate(WaitingCall call, long dueMillis, Instant now) {
    if (call.preferredAgent != null) {
      return List.of();
    }
    int from = call.level + 1;
    int to = call.queue.levelAfter(dueMillis - call.enqueuedAtMillis);
    if (to < from) {
      return List.of();
    }
    call.queue.listWaiting(call, from, to);
    call.level = to;
    AgentRuntime agent = call.queue.bestAgentUpTo(to, from, call.request);
    if (agent != null) {
      return List.of(reserve(agent, call, now));
    }
    scheduleNextStep(call);
    return List.of();
  }

  private List<RoutingDecision> endPreference(WaitingCall call, long asOfMillis, Instant now) {
    if (call.preferredAgent != null) {
      call.preferredAgent.preferredCalls.remove(call);
      call.preferredAgent = null;
    }
    return placeInQueue(call, asOfMillis, now);
  }

  private WaitingCall nextCallFor(AgentRuntime agent) {
    WaitingCall best = agent.preferredCalls.isEmpty() ? null : agent.preferredCalls.first();
    if (best != null) {
      return best;
    }
    for (Map.Entry<QueueRuntime, Integer> entry : agent.steps.entrySet()) {
      WaitingCall candidate = entry.getKey().nextCallFor(entry.getValue(), agent.profile);
      if (candidate != null && candidate.isServedBefore(best)) {
        best = candidate;
      }
    }
    return best;
  }

  private Offer reserve(AgentRuntime agent, WaitingCall call, Instant now) {
    if (agent.reservation != null) {
      throw new IllegalStateException("agent " + agent.id() + " is already reserved for " + agent.reservation.callId());
    }
    forget(call);
    agent.unlist();
    agent.reservation = call;
    agent.lastOfferedAtMillis = now.toEpochMilli();
    return new Offer(call.request.callId(), call.queue.definition.id(), agent.id());
  }

  private void register(WaitingCall call) {
    waiting.put(call.request.callId(), call);
    call.queue.waitingCalls++;
  }

  private void forget(WaitingCall call) {
    if (waiting.remove(call.request.callId()) != null) {
      call.queue.waitingCalls--;
    }
    call.generation++;
    if (call.preferredAgent != null) {
      call.preferredAgent.preferredCalls.remove(call);
      call.preferredAgent = null;
    } else {
      call.queue.unlistWaiting(call);
    }
  }

  private void scheduleNextStep(WaitingCall call) {
    int next = call.level + 1;
    if (next < call.queue.steps()) {
      schedule(call, call.enqueuedAtMillis + call.queue.definition.stepStart(next).toMillis(), Deadline.Kind.ESCALATION);
    }
  }

  private void schedule(WaitingCall call, long atMillis, Deadline.Kind kind) {
    deadlines.add(new Deadline(atMillis, sequence++, call, call.generation, kind));
  }

  private void admitToQueue(AgentRuntime agent, QueueRuntime queue) {
    agent.computeSteps(queue);
    if (agent.steps.containsKey(queue)) {
      queue.loggedInAgents++;
    }
  }

  private AgentRuntime agent(UUID agentId) {
    AgentRuntime agent = agents.get(agentId);
    if (agent == null) {
      throw new IllegalArgumentException("agent " + agentId + " is not logged in");
    }
    return agent;
  }

  private QueueRuntime queue(UUID queueId) {
    QueueRuntime queue = queues.get(queueId);
    if (queue == null) {
      throw new IllegalArgumentException("no queue " + queueId);
    }
    return queue;
  }
}
