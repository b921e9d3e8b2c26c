package org.confidant.routing.application;

import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.confidant.agents.api.PresenceChangeRefused;
import org.confidant.agents.application.Presences;
import org.confidant.agents.domain.AgentPresence;
import org.confidant.agents.domain.AgentState;
import org.confidant.agents.domain.ReasonCode;
import org.confidant.agents.infrastructure.AgentEntity;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditTrail;
import org.confidant.calls.api.RoutingHints;
import org.confidant.calls.domain.CallEvent;
import org.confidant.events.catalogue.EventEnvelope;
import org.confidant.events.publishing.Channel;
import org.confidant.events.publishing.EventPublisher;
import org.confidant.interactions.application.CallLog;
import org.confidant.routing.domain.Proficiency;
import org.confidant.routing.domain.QueueDefinition;
import org.confidant.routing.domain.RoutedCall;
import org.confidant.routing.domain.RoutingDecision;
import org.confidant.routing.domain.RoutingWishes;
import org.confidant.routing.domain.SkillRequirement;
import org.confidant.routing.infrastructure.QueueEntity;
import org.confidant.routing.infrastructure.RoutedCallEntity;
import org.confidant.telephony.api.CommandRefused;
import org.confidant.telephony.api.CommandType;
import org.confidant.telephony.api.ConnectorCommand;
import org.confidant.telephony.application.CommandDispatcher;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Routes the calls connectors queue, to agents whose presence the server keeps: every decision of the
 * {@link RoutingEngine} is stored (call routing, agent presence) and announced in the caller's transaction. Call
 * events come from the call ledger, agents' requests from the agent desk, and time from the routing clock (ring no
 * answer, wrap-up ends, escalation, reconciliation).
 */
@Stateless
@LocalBean
public class CallRouting {

  static final String ROUTING_PROGRESSED = "RoutingProgressed";
  /** Where an overflowing call's queue keeps its messages: the phone system maps the queue id to its mailbox. */
  static final String VOICEMAIL_PREFIX = "voicemail:queue-";
  private static final Logger LOG = Logger.getLogger(CallRouting.class.getName());
  private static final JsonProvider JSON = JsonProvider.provider();

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @EJB RoutingEngine engine;

  @EJB Presences presences;

  @EJB EventPublisher publisher;

  @EJB AuditTrail audit;

  @EJB CommandDispatcher commands;

  @EJB CallLog callLog;

  @Inject
  @ConfigProperty(name = "confidant.routing.ring-timeout", defaultValue = "PT20S")
  String ringTimeout;

  /** How long a preferred agent alone is offered a call when the phone system names no timeout. */
  @Inject
  @ConfigProperty(name = "confidant.routing.preference-timeout", defaultValue = "PT30S")
  String preferenceTimeout;

  /** How long dialling a caller back (the agent's phone first, then the caller's) may take before it is RONA. */
  @Inject
  @ConfigProperty(name = "confidant.routing.callback-dial-timeout", defaultValue = "PT60S")
  String callbackDialTimeout;

  // ------------------------------------------------------------------------------------------- call events

  /** Follows an event the ledger applied to a call the server routes (a QUEUED event names the queue). */
  public void follow(CallEvent event, Instant now) {
    switch (event.type()) {
      case QUEUED -> queued(event.callId(), UUID.fromString(event.detail()), event.routing().priorityBoost(),
          wishesOf(event.callId(), event.routing(), now), now);
      case ANSWERED -> answered(event.callId(), now);
      case ENDED -> ended(event.callId(), event.routing(), now);
      default -> { }
    }
  }

  /** Whether a QUEUED event's detail names a queue the router knows. */
  public boolean isRoutableQueue(String detail) {
    try {
      return detail != null && engine.knowsQueue(UUID.fromString(detail));
    } catch (IllegalArgumentException notAnId) {
      return false;
    }
  }

  /**
   * The server's IVR put the call in a queue, its priority raised by the boost the caller's choice carries and, when
   * the choice asks for one, only to agents with the skill. The call stays in the IVR state until its phone system
   * reports it ringing.
   */
  public void queueFromIvr(UUID callId, UUID queueId, int priorityBoost, UUID requiredSkillId, Instant now) {
    RoutingWishes wishes = requiredSkillId == null ? RoutingWishes.NONE
        : RoutingWishes.NONE.requiring(List.of(SkillRequirement.of(requiredSkillId, Proficiency.LOWEST)));
    queued(callId, queueId, priorityBoost, wishes, now);
  }

  /**
   * What a QUEUED event asked besides its queue. A preferred agent without a timeout gets the default one; without a
   * number to call back on, the caller's number the OFFERED event gave (when it is one) will do.
   */
  private RoutingWishes wishesOf(UUID callId, RoutingHints hints, Instant now) {
    RoutingWishes wishes = RoutingWishes.NONE
        .requiring(hints.requiredSkills().stream()
            .map(skill -> SkillRequirement.of(skill.skillId(), skill.minimum())).toList());
    Optional<String> number = hints.callerNumber() != null ? Optional.of(hints.callerNumber()) : offeredFrom(callId);
    if (number.isPresent()) {
      wishes = wishes.reachableAt(number.get());
    }
    if (hints.preferredAgentId() == null) {
      return wishes;
    }
    Duration timeout = hints.preferenceTimeoutSeconds() == null ? Duration.parse(preferenceTimeout)
        : Duration.ofSeconds(hints.preferenceTimeoutSeconds());
    return wishes.preferring(hints.preferredAgentId(), now.plus(timeout));
  }

  private Optional<String> offeredFrom(UUID callId) {
    List<?> callerIds = entityManager.createNativeQuery("SELECT detail FROM call_event WHERE call_id = ?1"
        + " AND type = 'OFFERED' AND outcome = 'APPLIED' AND detail IS NOT NULL", String.class).setParameter(1, callId).getResultList();
    return callerIds.stream().findFirst().map(String.class::cast).flatMap(RoutingWishes::diallable);
  }

  private void queued(UUID callId, UUID queueId, int priorityBoost, RoutingWishes wishes, Instant now) {
    ensureFresh(now);
    RoutedCallEntity row = entityManager.find(RoutedCallEntity.class, callId);
    RoutedCall call;
    if (row == null) {
      entityManager.flush(); // the call's own row first: a routed call refers to it
      call = RoutedCall.queued(callId, queueId, now, priorityBoost, wishes);
      entityManager.persist(new RoutedCallEntity(call));
    } else {
      call = row.toRoutedCall();
      if (call.status() == RoutedCall.Status.WAITING || call.status() == RoutedCall.Status.OFFERED
          || call.isCallback()) {
        return; // already in line (or to be called back): the router keeps its place
      }
      freeAgentOf(call, now);
      withdrawTransfer(callId, now);
      call.requeued(queueId);
      row.copyFrom(call);
    }
    announce(call, "QUEUED", now);
    apply(engine.callArrived(call.request(now), now), now);
  }

  /**
   * The routed call an event is about: the call itself, or — for the call placed to call a caller back — the
   * callback it was dialled for.
   */
  private RoutedCallEntity routedCallOf(UUID callId) {
    RoutedCallEntity own = entityManager.find(RoutedCallEntity.class, callId);
    if (own != null) {
      return own;
    }
    return entityManager.createQuery("select c from RoutedCallEntity c where c.dialCallId = :dialled",
        RoutedCallEntity.class).setParameter("dialled", callId).getResultStream().findFirst().orElse(null);
  }

  private void answered(UUID callId, Instant now) {
    ensureFresh(now);
    RoutedCallEntity row = routedCallOf(callId);
    RoutedCall call = row == null ? null : row.toRoutedCall();
    if (call != null && call.isCallback() && call.callId().equals(callId)) {
      return; // the caller's original call: its callback is answered on the dialled call
    }
    if (call != null && call.status() == RoutedCall.Status.CONNECTED) {
      presences.reservedFor(call.callId()).ifPresent(target -> transferAnswered(row, call, target.agentId(), now));
      return;
    }
    if (call == null || call.status() != RoutedCall.Status.OFFERED) {
      return; // answered elsewhere (outbound, a transfer outside routing): not ours to follow
    }
    UUID agentId = call.agentId().orElseThrow();
    call.answered();
    row.copyFrom(call);
    presences.change(agentId, now, presence -> presence.answered(call.callId(), now));
    callLog.answered(call.callId(), agentId, now);
    engine.releaseAgent(agentId);
    announce(call, "ANSWERED", now);
  }

  /**
   * The call ended: it leaves routing — unless the caller hung up to be called back (a callback request, or the
   * hang-up Confidant asked for when the call became a callback). The end of a dialled callback call before it was
   * answered puts the callback back in its place.
   */
  private void ended(UUID callId, RoutingHints hints, Instant now) {
    ensureFresh(now);
    RoutedCallEntity row = routedCallOf(callId);
    RoutedCall call = row == null ? null : row.toRoutedCall();
    if (call == null || !call.status().isLive()) {
      return;
    }
    boolean callersOwnCall = call.callId().equals(callId);
    if (callersOwnCall && call.isCallback()) {
      return; // the caller hung up to be called back: the callback waits on
    }
    if (callersOwnCall && hints.wantsCallback() && callbackRequested(row, call, hints, now)) {
      return;
    }
    if (!callersOwnCall && call.status() == RoutedCall.Status.OFFERED) {
      offerNextCallIfAvailable(takeBackOffer(row, "CALLBACK_UNANSWERED",
          (presence, callback) -> presence.offerWithdrawn(callback, now), now), now);
      return;
    }
    finish(row, call, now);
  }

  private void finish(RoutedCallEntity row, RoutedCall call, Instant now) {
    UUID callId = call.callId();
    if (call.status() == RoutedCall.Status.WAITING) {
      engine.callLeft(callId);
    }
    freeAgentOf(call, now);
    withdrawTransfer(callId, now);
    call.finished();
    row.copyFrom(call);
    announce(call, "FINISHED", now);
  }

  /**
   * The caller chose to hang up and be called back: the call waits on in its place as a callback (an agent whose
   * phone was ringing for it is freed). False, and nothing changed, when there is no number to call back.
   */
  private boolean callbackRequested(RoutedCallEntity row, RoutedCall call, RoutingHints hints, Instant now) {
    if (hints.callerNumber() != null) {
      call.reachableAt(hints.callerNumber());
    }
    if (!call.canBeCalledBack() || call.status() == RoutedCall.Status.CONNECTED) {
      return false;
    }
    if (call.status() == RoutedCall.Status.OFFERED) {
      freeAgentOf(call, now);
      call.offerRefused();
    } else {
      engine.callLeft(call.callId());
    }
    call.becomeCallback(now);
    row.copyFrom(call);
    announce(call, "CALLBACK_REQUESTED", now);
    apply(engine.callArrived(call.request(now), now), now);
    return true;
  }

  /** The call no longer needs its agent: an offer is withdrawn, a conversation goes to wrap-up. */
  private void freeAgentOf(RoutedCall call, Instant now) {
    Optional<UUID> agent = call.agentId();
    if (agent.isEmpty()) {
      return;
    }
    UUID agentId = agent.get();
    AgentPresence after;
    if (call.status() == RoutedCall.Status.OFFERED) {
      engine.releaseAgent(agentId);
      after = presences.change(agentId, now, presence -> presence.offerWithdrawn(call.callId(), now));
    } else {
      after = toWrapUp(call, agentId, now);
    }
    offerNextCallIfAvailable(after, now);
  }

  /** The agent's conversation on the call is over: wrap-up for the queue's time, recorded in the call log. */
  private AgentPresence toWrapUp(RoutedCall call, UUID agentId, Instant now) {
    Duration wrapUp = wrapUpOf(call.queueId());
    AgentPresence after = presences.change(agentId, now, presence -> presence.callEnded(call.callId(), wrapUp, now));
    callLog.wrapUpStarted(call.callId(), agentId, now, now.plus(wrapUp));
    return after;
  }

  // -------------------------------------------------------------------------------------------- transfers

  /**
   * The agent on a connected routed call asks to transfer it to another agent, who must be available: the target is
   * reserved for the call (so their desk is offered it, with its pop) and recorded in the call log as offered it.
   * The call stays the transferring agent's until the phone system reports it answered; the reservation ends with
   * the call (or its return to a queue). False, and nothing changed, when the call is not such a call of
   * {@code fromAgent}; an unavailable target throws {@code IllegalAgentTransition}.
   */
  public boolean transferOffered(UUID callId, UUID fromAgent, UUID toAgent, Instant now) {
    ensureFresh(now);
    RoutedCallEntity row = entityManager.find(RoutedCallEntity.class, callId);
    RoutedCall call = row == null ? null : row.toRoutedCall();
    if (call == null || call.status() != RoutedCall.Status.CONNECTED
        || call.agentId().filter(fromAgent::equals).isEmpty() || presences.reservedFor(callId).isPresent()) {
      return false;
    }
    presences.change(toAgent, now, presence -> presence.reserve(callId, now));
    if (engine.isLoggedIn(toAgent)) {
      engine.agentUnavailable(toAgent); // reserved outside the router: it must not offer them another call
    }
    callLog.offered(callId, toAgent, call.queueId(), now);
    publishProgress(progress(call, "TRANSFER_OFFERED").add("transferTo", toAgent.toString()), call, now);
    return true;
  }

  /** The transfer's target answered: the call is theirs, and the transferring agent goes to wrap-up. */
  private void transferAnswered(RoutedCallEntity row, RoutedCall call, UUID toAgent, Instant now) {
    UUID fromAgent = call.agentId().orElseThrow();
    AgentPresence after = toWrapUp(call, fromAgent, now);
    entityManager.flush(); // the first agent leaves the call before the second is on it: one agent on a call
    call.handedTo(toAgent);
    row.copyFrom(call);
    presences.change(toAgent, now, presence -> presence.answered(call.callId(), now));
    callLog.answered(call.callId(), toAgent, now);
    announce(call, "TRANSFERRED", now);
    offerNextCallIfAvailable(after, now);
  }

  /** A transfer still ringing its target when the call ends or goes back to a queue: the target is free again. */
  private void withdrawTransfer(UUID callId, Instant now) {
    presences.reservedFor(callId).ifPresent(target -> offerNextCallIfAvailable(
        presences.change(target.agentId(), now, presence -> presence.offerWithdrawn(callId, now)), now));
  }

  // ------------------------------------------------------------------------------------------------ agents

  /** Applies an agent's (or a supervisor's) presence request and what routing makes of it. */
  public AgentPresence changePresence(UUID agentId, AgentState wanted, ReasonCode reason, Instant now) {
    ensureFresh(now);
    AgentPresence current = presences.of(agentId, now);
    if (current.state() == AgentState.LOGGED_OUT && wanted == AgentState.LOGGED_OUT) {
      return current;
    }
    if (current.state() == AgentState.WRAP_UP && wanted == AgentState.AVAILABLE) {
      requireDispositions(agentId);
    }
    if (current.state() == AgentState.WRAP_UP && wanted != AgentState.NOT_READY) {
      callLog.wrapUpEnded(agentId, now);
    }
    if (current.state() == AgentState.LOGGED_OUT) {
      presences.change(agentId, now, presence -> presence.logIn(now));
      engine.logIn(presences.agent(agentId).orElseThrow().toProfile());
    }
    return switch (wanted) {
      case AVAILABLE -> offerNextCallIfAvailable(presences.change(agentId, now, presence -> presence.ready(now)), now);
      case NOT_READY -> notReady(agentId, reason, now);
      case LOGGED_OUT -> logOut(agentId, now);
      default -> throw new IllegalArgumentException("an agent cannot ask to be " + wanted);
    };
  }

  /** Refuses to end a wrap-up while a call of a queue that requires a disposition has none. */
  private void requireDispositions(UUID agentId) {
    List<UUID> undisposed = callLog.awaitingDisposition(agentId);
    if (!undisposed.isEmpty()) {
      throw new PresenceChangeRefused("give call " + undisposed.get(0) + " a disposition before ending wrap-up:"
          + " its queue requires one");
    }
  }

  /**
   * The agent's phone unregistered: an offer ringing there goes back to its place in line (and on to the next
   * agent); the agent goes not ready now, or when the call in progress ends.
   */
  public AgentPresence deviceLost(UUID agentId, Instant now) {
    ensureFresh(now);
    AgentPresence before = presences.of(agentId, now);
    Optional<UUID> ringing = before.state() == AgentState.RESERVED ? before.call() : Optional.empty();
    AgentPresence after = ringing.isPresent()
        ? takeBackOffer(entityManager.find(RoutedCallEntity.class, ringing.get()), "DEVICE_LOST",
            (presence, call) -> presence.deviceLost(now), now)
        : presences.change(agentId, now, presence -> presence.deviceLost(now));
    if (after.state() == AgentState.NOT_READY && engine.isLoggedIn(agentId)) {
      engine.agentUnavailable(agentId);
    }
    return after;
  }

  private AgentPresence notReady(UUID agentId, ReasonCode reason, Instant now) {
    AgentPresence after = presences.change(agentId, now, presence -> presence.notReady(reason, now));
    if (after.state() == AgentState.NOT_READY) {
      engine.agentUnavailable(agentId);
    }
    return after;
  }

  private AgentPresence logOut(UUID agentId, Instant now) {
    AgentPresence after = presences.change(agentId, now, presence -> presence.logOut(now));
    if (engine.isLoggedIn(agentId)) {
      apply(engine.logOut(agentId, now), now);
    }
    return after;
  }

  private AgentPresence offerNextCallIfAvailable(AgentPresence presence, Instant now) {
    if (presence.state() != AgentState.AVAILABLE) {
      return presence;
    }
    Optional<RoutingDecision.Offer> offer = engine.agentAvailable(presence.agentId(), now);
    if (offer.isEmpty()) {
      return presence;
    }
    offer(offer.get(), now);
    return presences.of(presence.agentId(), now);
  }

  // -------------------------------------------------------------------------------------------------- time

  /** What the clock brings: ring-no-answer, ended wrap-ups, escalation steps and overflow that came due. */
  public void clockTick(Instant now) {
    ensureFresh(now);
    expiredOffers(now).forEach(call -> ringNoAnswer(call, now));
    // A wrap-up whose call still needs a disposition waits for it, however long its time was.
    presences.wrapUpsOver(now).stream().filter(agent -> callLog.awaitingDisposition(agent.agentId()).isEmpty())
        .forEach(agent -> {
          callLog.wrapUpEnded(agent.agentId(), now);
          offerNextCallIfAvailable(presences.change(agent.agentId(), now, presence -> presence.wrapUpElapsed(now)),
              now);
        });
    apply(engine.tick(now), now);
  }

  private List<RoutedCallEntity> expiredOffers(Instant now) {
    return entityManager.createQuery("select c from RoutedCallEntity c where c.status = :offered"
            + " and c.offerExpiresAt <= :now", RoutedCallEntity.class)
        .setParameter("offered", RoutedCall.Status.OFFERED).setParameter("now", now).getResultList();
  }

  /** RONA: the agent goes not ready and the call goes back to its place in line, to be offered to the next agent. */
  private void ringNoAnswer(RoutedCallEntity row, Instant now) {
    takeBackOffer(row, "RING_NO_ANSWER", (presence, call) -> presence.offerTimedOut(call, now), now);
  }

  /**
   * Takes an offer back from its agent (who becomes what {@code agentAfter} makes of them): the call waits again in
   * its place, and may go to the next agent at once. Returns the agent's presence after.
   */
  private AgentPresence takeBackOffer(RoutedCallEntity row, String what, BiConsumer<AgentPresence, UUID> agentAfter,
      Instant now) {
    RoutedCall call = row.toRoutedCall();
    UUID agentId = call.offerRefused();
    boolean givenUp = call.callbackGivenUp();
    if (givenUp) {
      call.finished(); // dialled as often as it will be: not offered again
    }
    row.copyFrom(call);
    AgentPresence after = presences.change(agentId, now, presence -> agentAfter.accept(presence, call.callId()));
    announce(call, what, now);
    if (givenUp) {
      engine.releaseAgent(agentId);
      announce(call, "CALLBACK_GIVEN_UP", now);
    } else {
      apply(engine.offerRefused(agentId, now), now);
    }
    return after;
  }

  /**
   * Repairs what events that never came would otherwise leave for ever: an agent reserved for or on a call that is
   * over, a routed call whose call has ended. Every repair is logged and audited.
   */
  public int reconcile(Instant now) {
    ensureFresh(now);
    int repairs = 0;
    for (RoutedCallEntity row : liveRoutedCallsOfEndedCalls()) {
      RoutedCall call = row.toRoutedCall();
      LOG.warning(() -> "Reconciliation: call " + call.callId() + " had ended but was still " + call.status());
      ended(call.dialCallId().orElse(call.callId()), RoutingHints.NONE, now);
      audit.record("routing.reconciled", "call", call.callId().toString(), AuditOutcome.SUCCESS);
      repairs++;
    }
    for (AgentPresence agent : presences.inStates(List.of(AgentState.RESERVED, AgentState.ON_CALL))) {
      UUID callId = agent.call().orElseThrow();
      if (!holdsLiveCall(agent, callId)) {
        repairAgent(agent.agentId(), callId, now);
        repairs++;
      }
    }
    return repairs;
  }

  @SuppressWarnings("unchecked")
  private List<RoutedCallEntity> liveRoutedCallsOfEndedCalls() {
    // A waiting callback's own call has ended by design; an offered or connected one lives on in its dialled call.
    return entityManager.createNativeQuery("SELECT r.* FROM call_routing r"
        + " JOIN call c ON c.id = coalesce(r.dial_call_id, r.call_id)"
        + " WHERE r.status IN ('WAITING', 'OFFERED', 'CONNECTED') AND c.ended_at IS NOT NULL"
        + " AND (r.callback_since IS NULL OR r.dial_call_id IS NOT NULL)", RoutedCallEntity.class)
        .getResultList();
  }

  /** Whether the agent's call is live and theirs: offered to or taken by them, or ringing them as a transfer. */
  private boolean holdsLiveCall(AgentPresence agent, UUID callId) {
    RoutedCallEntity row = entityManager.find(RoutedCallEntity.class, callId);
    if (row == null) {
      return false;
    }
    RoutedCall call = row.toRoutedCall();
    boolean transferRinging = agent.state() == AgentState.RESERVED && call.status() == RoutedCall.Status.CONNECTED;
    return call.status().isLive() && (transferRinging || call.agentId().filter(agent.agentId()::equals).isPresent());
  }

  private void repairAgent(UUID agentId, UUID callId, Instant now) {
    LOG.warning(() -> "Reconciliation: agent " + agentId + " held call " + callId + ", which is over; now not ready");
    presences.change(agentId, now, presence -> presence.reconcile(false, now));
    if (engine.isLoggedIn(agentId)) {
      if (engine.reservation(agentId).isPresent()) {
        engine.releaseAgent(agentId);
      }
      engine.agentUnavailable(agentId);
    }
    audit.record("agent.reconciled", "agent", agentId.toString(), AuditOutcome.SUCCESS);
  }

  // ----------------------------------------------------------------------------------------- configuration

  /**
   * A queue was created or changed in this transaction: the router takes the new definition now, and what it
   * decides (a widened step admitting an available agent) is stored and announced with the change.
   */
  public void queueConfigured(QueueDefinition definition, Instant now) {
    ensureFresh(now);
    apply(engine.defineQueue(definition, now), now);
  }

  /**
   * An agent's skills changed in this transaction: a logged-in agent is routed by the new set from now on. The
   * router has no way to re-profile an agent in place, so the agent is logged out and in again there (their
   * presence is untouched; an available agent is listed anew and may be offered a call at once). An agent whose
   * phone is ringing with an offer is re-profiled by a rebuild, which keeps the offer.
   */
  public void agentProfileChanged(UUID agentId, Instant now) {
    ensureFresh(now);
    if (!engine.isLoggedIn(agentId)) {
      return;
    }
    if (engine.reservation(agentId).isPresent()) {
      engine.rebuildBeforeNextDecision();
      return;
    }
    apply(engine.logOut(agentId, now), now);
    engine.logIn(presences.agent(agentId).orElseThrow().toProfile());
    offerNextCallIfAvailable(presences.of(agentId, now), now);
  }

  /** Whether calls wait in the queue or ring an agent from it. */
  public boolean hasCallsInLine(UUID queueId) {
    return entityManager.createQuery("select count(c) from RoutedCallEntity c where c.queueId = :queue"
            + " and c.status in :live", Long.class)
        .setParameter("queue", queueId)
        .setParameter("live", List.of(RoutedCall.Status.WAITING, RoutedCall.Status.OFFERED))
        .getSingleResult() > 0;
  }

  // ------------------------------------------------------------------------------------------- decisions

  private void apply(List<RoutingDecision> decisions, Instant now) {
    for (RoutingDecision decision : decisions) {
      if (decision instanceof RoutingDecision.Offer offer) {
        offer(offer, now);
      } else if (decision instanceof RoutingDecision.Overflow overflow) {
        overflow(overflow, now);
      }
    }
  }

  private void offer(RoutingDecision.Offer offer, Instant now) {
    RoutedCallEntity row = entityManager.find(RoutedCallEntity.class, offer.callId());
    RoutedCall call = row.toRoutedCall();
    if (call.isCallback()) {
      call.offered(offer.agentId(), now, Duration.parse(callbackDialTimeout));
      call.dialling(UUID.randomUUID());
    } else {
      call.offered(offer.agentId(), now, Duration.parse(ringTimeout));
    }
    row.copyFrom(call);
    presences.change(offer.agentId(), now, presence -> presence.reserve(offer.callId(), now));
    callLog.offered(offer.callId(), offer.agentId(), offer.queueId(), now);
    announce(call, "OFFERED", now);
    if (call.isCallback()) {
      dialCaller(call, offer);
    } else {
      deliverToAgent(offer);
    }
  }

  /**
   * Calls the caller back: the phone system of the caller's original call places a new call (the id Confidant gave
   * it, so its events find the callback), the agent's extension first, then the caller's number.
   */
  private void dialCaller(RoutedCall call, RoutingDecision.Offer offer) {
    String extension = presences.agent(offer.agentId()).map(AgentEntity::getExtension).orElse(null);
    send(new ConnectorCommand(UUID.randomUUID(), commands.connectorOf(call.callId()).orElse(null),
        call.dialCallId().orElseThrow(), CommandType.DIAL, extension,
        Map.of("number", call.wishes().callerNumber().orElseThrow(), "agentId", offer.agentId().toString(),
            "queueId", offer.queueId().toString(), "callbackFor", call.callId().toString())));
  }

  /**
   * Stores a command for the call's phone system. A call from a source that is not a registered connector (no
   * command channel), or one that does not support the command, is still routed: the events on the routing topic
   * are then the only notice. Offers to sources without a command channel are routine (the simulator, unsigned
   * integrations); any other refusal is worth a warning.
   */
  private void send(ConnectorCommand command) {
    try {
      commands.dispatch(command);
    } catch (CommandRefused refused) {
      LOG.log(command.type() == CommandType.DELIVER_TO_AGENT ? Level.FINE : Level.WARNING,
          () -> command.type() + " for call " + command.callId() + " not sent to a connector: " + refused.getMessage());
    }
  }

  /**
   * Tells the call's phone system to ring the agent's extension. A call from a source that is not a registered
   * connector (no command channel) is still offered: the event on the routing topic is then the only notice.
   */
  private void deliverToAgent(RoutingDecision.Offer offer) {
    String extension = presences.agent(offer.agentId()).map(AgentEntity::getExtension).orElse(null);
    send(ConnectorCommand.forCall(offer.callId(), CommandType.DELIVER_TO_AGENT, extension,
        Map.of("agentId", offer.agentId().toString(), "queueId", offer.queueId().toString())));
  }

  /**
   * The queue gave the call up. To another queue: the router has placed it there already. To a callback: the caller
   * is hung up on (after a prompt the phone system chooses) and the callback waits in the call's place. To
   * voicemail (or a callback without a number to call): the call is transferred to the queue's mailbox.
   */
  private void overflow(RoutingDecision.Overflow overflow, Instant now) {
    RoutedCallEntity row = entityManager.find(RoutedCallEntity.class, overflow.callId());
    RoutedCall call = row.toRoutedCall();
    RoutedCall.Overflowed next = call.overflowed(overflow.destination(), now);
    row.copyFrom(call);
    announce(call, "OVERFLOWED_" + overflow.reason().name(), now);
    switch (next) {
      case CALLBACK -> {
        send(ConnectorCommand.forCall(call.callId(), CommandType.HANG_UP, null,
            Map.of("reason", "CALLBACK", "queueId", overflow.queueId().toString())));
        apply(engine.callArrived(call.request(now), now), now);
      }
      case VOICEMAIL -> send(ConnectorCommand.forCall(call.callId(), CommandType.BLIND_TRANSFER,
          VOICEMAIL_PREFIX + overflow.queueId(), Map.of("reason", "OVERFLOW", "queueId", overflow.queueId().toString())));
      case REQUEUED -> { }
    }
  }

  private Duration wrapUpOf(UUID queueId) {
    QueueEntity queue = entityManager.find(QueueEntity.class, queueId);
    return Duration.ofSeconds(queue == null ? 0 : queue.getWrapUpSeconds());
  }

  private void announce(RoutedCall call, String what, Instant now) {
    publishProgress(progress(call, what), call, now);
  }

  private static JsonObjectBuilder progress(RoutedCall call, String what) {
    JsonObjectBuilder payload = JSON.createObjectBuilder()
        .add("callId", call.callId().toString())
        .add("what", what)
        .add("queueId", call.queueId().toString())
        .add("status", call.status().name())
        .add("waitingSince", call.waitingSince().toString());
    call.agentId().ifPresent(agent -> payload.add("agentId", agent.toString()));
    call.overflowTo().ifPresent(destination -> payload.add("overflowTo", destination));
    call.callbackSince().ifPresent(since -> payload.add("callbackSince", since.toString()));
    call.dialCallId().ifPresent(dialled -> payload.add("dialCallId", dialled.toString()));
    return payload;
  }

  private void publishProgress(JsonObjectBuilder payload, RoutedCall call, Instant now) {
    publisher.publish(Channel.ROUTING,
        EventEnvelope.of(ROUTING_PROGRESSED, 1, now, call.callId(), payload.build().toString()));
  }

  // ------------------------------------------------------------------------------------------------ rebuild

  /** Rebuilds the router from the database if it may not match it (first use, or a rolled-back change). */
  private void ensureFresh(Instant now) {
    if (!engine.isStale()) {
      return;
    }
    engine.reset(now);
    List<AgentPresence> loggedIn = presences.inStates(List.of(AgentState.AVAILABLE, AgentState.RESERVED,
        AgentState.ON_CALL, AgentState.WRAP_UP, AgentState.NOT_READY));
    loggedIn.forEach(agent -> presences.agent(agent.agentId()).ifPresent(entity -> engine.logIn(entity.toProfile())));
    List<RoutedCall> live = entityManager.createQuery("select c from RoutedCallEntity c where c.status in :live",
        RoutedCallEntity.class).setParameter("live", List.of(RoutedCall.Status.WAITING, RoutedCall.Status.OFFERED))
        .getResultStream().map(RoutedCallEntity::toRoutedCall)
        .sorted(Comparator.comparing(RoutedCall::waitingSince)).toList();
    live.stream().filter(call -> call.status() == RoutedCall.Status.OFFERED)
        .forEach(call -> engine.restoreOffer(call.agentId().orElseThrow(), call.request(now), now));
    live.stream().filter(call -> call.status() == RoutedCall.Status.WAITING)
        .forEach(call -> apply(engine.callArrived(call.request(now), now), now));
    loggedIn.stream().filter(agent -> agent.state() == AgentState.AVAILABLE)
        .forEach(agent -> offerNextCallIfAvailable(agent, now));
    LOG.info(() -> "Router rebuilt: " + loggedIn.size() + " logged-in agent(s), " + live.size() + " call(s) in line");
  }
}
