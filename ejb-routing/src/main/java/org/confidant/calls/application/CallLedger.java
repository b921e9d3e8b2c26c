package org.confidant.calls.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.confidant.calls.api.EventReceipt;
import org.confidant.calls.api.InvalidTelephonyEvent;
import org.confidant.calls.api.TelephonyEvent;
import org.confidant.calls.domain.Call;
import org.confidant.calls.domain.CallEvent;
import org.confidant.calls.domain.EndCause;
import org.confidant.calls.domain.Outcome;
import org.confidant.calls.infrastructure.CallEntity;
import org.confidant.calls.infrastructure.CallEventEntity;
import org.confidant.events.catalogue.EventEnvelope;
import org.confidant.events.publishing.Channel;
import org.confidant.events.publishing.EventPublisher;
import org.confidant.interactions.application.CallLog;
import org.confidant.ivr.application.CallIvr;
import org.confidant.routing.application.CallRouting;

/**
 * Applies one telephony event, stores what it did and announces every applied event — all in one XA transaction,
 * so the database and the published events cannot disagree. Events of one call are serialised by a
 * transaction-scoped advisory lock, even before the call's row exists.
 *
 * <p>Connectors inside the server (the simulator) call this directly; outside callers come through the secured
 * {@link TelephonyEventIntakeBean}. Not in an {@code api} package, so web-admin cannot reach it.
 */
@Stateless
public class CallLedger {

  private static final Logger LOG = Logger.getLogger(CallLedger.class.getName());

  /** Events written per JDBC batch at most (hibernate.jdbc.batch_size is 50). */
  private static final int FLUSH_EVERY = 50;

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @EJB EventPublisher publisher;

  @EJB CallRouting routing;

  @EJB CallIvr ivr;

  @EJB CallLog callLog;

  private final Clock clock = Clock.systemUTC();

  /**
   * Applies events in the order given, all in one transaction: the batch of a source that routes its calls itself
   * (the simulator and its simulated agents), so Confidant only records them.
   */
  public List<EventReceipt> receiveAll(List<TelephonyEvent> events) {
    List<EventReceipt> receipts = new ArrayList<>(events.size());
    for (TelephonyEvent event : events) {
      receipts.add(receive(event, true));
      if (receipts.size() % FLUSH_EVERY == 0) {
        flushBatch();
      }
    }
    flushBatch();
    return receipts;
  }

  /**
   * Writes what a batch did in JDBC batches (one round trip per statement kind, not per event), then forgets it so
   * the persistence context stays small.
   */
  private void flushBatch() {
    entityManager.flush();
    entityManager.clear();
  }

  /** Applies a connector's event; Confidant routes the call when a QUEUED event names one of its queues. */
  public EventReceipt receive(TelephonyEvent incoming) {
    return receive(incoming, false);
  }

  private EventReceipt receive(TelephonyEvent incoming, boolean routedBySource) {
    CallEvent event = toDomain(incoming);
    lockCall(event.callId());
    CallEntity stored = findCall(event.callId());
    if (!routedBySource && names(event) && !routing.isRoutableQueue(event.detail())) {
      throw new InvalidTelephonyEvent("a QUEUED event's detail, when given, must be the id of a queue");
    }
    if (!routedBySource && namesTree(event) && !ivr.isKnownTree(event.detail())) {
      throw new InvalidTelephonyEvent("an IVR_STARTED event's detail, when given, must be the id of an IVR tree");
    }
    if (isAlreadyPast(event, stored)) {
      if (stored != null) {
        stored.countDuplicate();
      }
      return receipt(event, Outcome.DUPLICATE, stored, 0);
    }
    CallEventEntity record = new CallEventEntity(event, clock.instant());
    if (stored == null && !isFirstEvent(event)) {
      record.held();
      entityManager.persist(record);
      return receipt(event, Outcome.EARLY, null, 0);
    }
    Call call = stored == null ? Call.offered(event) : stored.toCall();
    Outcome outcome = stored == null ? Outcome.APPLIED : call.apply(event);
    CallEntity saved = save(stored, call, routedBySource);
    record(record, outcome, call, saved);
    entityManager.persist(record);
    long held = stored == null ? countHeldEvents(event.callId()) : saved.getHeldEvents();
    held += outcome == Outcome.EARLY ? 1 : 0;
    // A held event can only follow once the call has moved on (applied or rejected: both use up the sequence).
    int released = held > 0 && outcome != Outcome.EARLY ? releaseHeldEvents(call, saved) : 0;
    saved.setHeldEvents(held - released);
    saved.copyFrom(call);
    return receipt(event, outcome, saved, released);
  }

  private CallEntity findCall(UUID callId) {
    return entityManager.find(CallEntity.class, callId,
        Map.of("jakarta.persistence.fetchgraph", entityManager.getEntityGraph(CallEntity.WITH_PHASES)));
  }

  /** Events held before the call existed (its first event came late): counted once, when the call is created. */
  private long countHeldEvents(UUID callId) {
    return (Long) entityManager.createNativeQuery(
            "SELECT count(*) FROM call_event WHERE call_id = ?1 AND outcome = 'HELD'", Long.class)
        .setParameter(1, callId)
        .getSingleResult();
  }

  /** Calls with events held longer than {@code patience} for an earlier event that never came. */
  @SuppressWarnings("unchecked")
  public List<UUID> callsWithStaleGaps(Duration patience) {
    return entityManager.createNativeQuery("SELECT DISTINCT e.call_id FROM call_event e JOIN call c ON c.id = e.call_id"
            + " WHERE e.outcome = 'HELD' AND e.received_at < ?1 AND c.ended_at IS NULL", UUID.class)
        .setParameter(1, clock.instant().minus(patience))
        .getResultList();
  }

  /**
   * Gives up the events missing before a call's first held event, then applies the held ones: the call moves on
   * instead of waiting forever for an event the source lost. Its own transaction, one call at a time.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long giveUpGap(UUID callId) {
    lockCall(callId);
    CallEntity stored = entityManager.find(CallEntity.class, callId);
    Long firstHeld = (Long) entityManager.createNativeQuery(
            "SELECT min(sequence) FROM call_event WHERE call_id = ?1 AND outcome = 'HELD'", Long.class)
        .setParameter(1, callId)
        .getSingleResult();
    if (stored == null || firstHeld == null) {
      return 0;
    }
    Call call = stored.toCall();
    long lost = call.giveUpEventsBefore(firstHeld);
    int released = releaseHeldEvents(call, stored);
    stored.setHeldEvents(stored.getHeldEvents() - released);
    stored.copyFrom(call);
    LOG.info(() -> "Gave up " + lost + " missing event(s) of call " + callId + "; applied " + released + " held");
    return lost;
  }

  private static CallEvent toDomain(TelephonyEvent incoming) {
    CallEvent.Type type = Arrays.stream(CallEvent.Type.values()).filter(t -> t.name().equals(incoming.type()))
        .findFirst().orElseThrow(() -> new InvalidTelephonyEvent("unknown event type " + incoming.type()));
    if (type == CallEvent.Type.ENDED && incoming.detail() != null
        && Arrays.stream(EndCause.values()).noneMatch(cause -> cause.name().equals(incoming.detail()))) {
      throw new InvalidTelephonyEvent("unknown end cause " + incoming.detail());
    }
    return new CallEvent(incoming.callId(), incoming.sequence(), incoming.occurredAt(), type, incoming.detail(),
        incoming.routing());
  }

  /** Received before, or too late: its place in the sequence was given up as lost. */
  private boolean isAlreadyPast(CallEvent event, CallEntity stored) {
    if (stored != null && event.sequence() <= stored.getLastSequence() + 1) {
      // The next event in sequence is never stored yet: had it come early it was held, and held events are
      // applied the moment the call reaches them.
      return event.sequence() <= stored.getLastSequence();
    }
    return entityManager.find(CallEventEntity.class, new CallEventEntity.Key(event.callId(), event.sequence())) != null;
  }

  private static boolean isFirstEvent(CallEvent event) {
    return event.type() == CallEvent.Type.OFFERED && event.sequence() == 1;
  }

  private void lockCall(UUID callId) {
    entityManager.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1, ?2)) AS locked")
        .setParameter(1, (int) (callId.getMostSignificantBits() >>> 32))
        .setParameter(2, (int) callId.getLeastSignificantBits())
        // Taking a lock reads no table: flushing the batch's pending writes first would only cost round trips.
        .setFlushMode(FlushModeType.COMMIT)
        .getSingleResult();
  }

  /** Applies, in order, the held events the call can now take. */
  private int releaseHeldEvents(Call call, CallEntity stored) {
    int released = 0;
    CallEventEntity next;
    while ((next = entityManager.find(CallEventEntity.class,
        new CallEventEntity.Key(call.id(), call.lastSequence() + 1))) != null) {
      record(next, call.apply(next.toEvent()), call, stored);
      released++;
    }
    return released;
  }

  /** A QUEUED event naming a queue: the call should be routed there (unless its source routes it). */
  private static boolean names(CallEvent event) {
    return event.type() == CallEvent.Type.QUEUED && event.detail() != null && !event.detail().isEmpty();
  }

  /** An IVR_STARTED event naming a tree: the server runs the call's IVR (unless its source routes it). */
  private static boolean namesTree(CallEvent event) {
    return event.type() == CallEvent.Type.IVR_STARTED && event.detail() != null && !event.detail().isEmpty();
  }

  private void record(CallEventEntity record, Outcome outcome, Call call, CallEntity stored) {
    switch (outcome) {
      case APPLIED -> {
        record.applied(announce(record.toEvent(), call));
        follow(record.toEvent(), stored);
        callLog.follow(record.toEvent(), call, clock.instant());
        record.forgetKeysPressed();
        record.forgetRoutingHints();
      }
      case REJECTED -> {
        record.rejected();
        record.forgetKeysPressed();
        record.forgetRoutingHints();
        LOG.warning(() -> "Rejected " + record.toEvent().type() + " #" + record.toEvent().sequence() + " for call "
            + call.id() + " in state " + call.state());
      }
      case EARLY -> record.held();
      case DUPLICATE -> throw new IllegalStateException("a stored event cannot be a duplicate");
    }
  }

  private UUID announce(CallEvent event, Call call) {
    EventEnvelope envelope = CallProgressed.of(event, call);
    publisher.publish(Channel.CALLS, envelope);
    return envelope.id();
  }

  /**
   * Confidant routes the calls whose source does not, when they are queued to one of its queues. The call log
   * follows every call after routing has (so an end finds the agents' wrap-up already begun).
   */
  private void follow(CallEvent event, CallEntity stored) {
    if (stored.isRoutedBySource() || (event.type() == CallEvent.Type.QUEUED && !names(event))) {
      return;
    }
    if (event.type() == CallEvent.Type.QUEUED && !routing.isRoutableQueue(event.detail())) {
      LOG.warning(() -> "Call " + event.callId() + " was queued to an unknown queue; not routed");
      return;
    }
    ivr.follow(event, clock.instant());
    routing.follow(event, clock.instant());
  }

  private CallEntity save(CallEntity stored, Call call, boolean routedBySource) {
    if (stored == null) {
      CallEntity created = new CallEntity(call, routedBySource);
      entityManager.persist(created);
      return created;
    }
    stored.copyFrom(call);
    return stored;
  }

  private static EventReceipt receipt(CallEvent event, Outcome outcome, CallEntity call, int released) {
    String outcomeName = outcome == Outcome.EARLY ? "HELD" : outcome.name();
    return new EventReceipt(event.callId(), event.sequence(), outcomeName,
        call == null ? null : call.getState().name(), released);
  }
}
