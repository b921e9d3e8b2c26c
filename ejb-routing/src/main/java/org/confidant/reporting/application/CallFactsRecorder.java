package org.confidant.reporting.application;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.jms.MessageListener;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import static org.confidant.persistence.NativeValues.textOf;

import org.confidant.events.broker.Destinations;
import org.confidant.events.catalogue.EventEnvelope;
import org.confidant.events.consuming.IdempotentConsumer;
import org.confidant.reporting.domain.CallFact;
import org.confidant.reporting.domain.CallHistory;

/**
 * Writes a call's report fact when it ends (a CallProgressed event carrying an end cause), from what the call
 * ledger and routing stored. Idempotent: the delivery ledger skips a redelivery, the fact's key another one. A
 * message it cannot handle makes it throw, so the broker redelivers and finally dead-letters it.
 */
@MessageDriven(messageListenerInterface = MessageListener.class, activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.CALL_EVENTS),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
    @ActivationConfigProperty(propertyName = "clientId", propertyValue = "confidant"),
    @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = CallFactsRecorder.NAME),
    @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4"),
    @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "eventType = 'CallProgressed'"),
    @ActivationConfigProperty(propertyName = "useLocalTx", propertyValue = "true")})
@TransactionManagement(TransactionManagementType.BEAN)
public class CallFactsRecorder extends IdempotentConsumer {

  static final String NAME = "report-call-facts";

  private static final String CALL = "SELECT c.offered_at, c.ended_at, c.state, c.end_cause, r.queue_id, r.agent_id"
      + " FROM call c LEFT JOIN call_routing r ON r.call_id = c.id WHERE c.id = ?1 AND c.ended_at IS NOT NULL";
  private static final String PHASES = "SELECT state, since FROM call_phase WHERE call_id = ?1 ORDER BY ordinal";
  private static final String STEPS = "SELECT type, occurred_at, detail FROM call_event"
      + " WHERE call_id = ?1 AND outcome = 'APPLIED' ORDER BY sequence";
  private static final String INSERT = "INSERT INTO report_call (call_id, queue_id, agent_id, queued_at, answered_at,"
      + " ended_at, wait_ms, talk_ms, hold_ms, transfers, abandoned, callback, end_cause)"
      + " VALUES (?1, CAST(NULLIF(?2, '') AS uuid), CAST(NULLIF(?3, '') AS uuid), ?4,"
      + " CAST(NULLIF(?5, '') AS timestamptz), ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) ON CONFLICT (call_id) DO NOTHING";

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @Override
  protected String name() {
    return NAME;
  }

  @Override
  protected void handle(EventEnvelope event) {
    JsonObject payload = payloadOf(event);
    if (payload.containsKey("endCause")) {
      record(UUID.fromString(payload.getString("callId")));
    }
  }

  private void record(UUID callId) {
    List<?> found = entityManager.createNativeQuery(CALL).setParameter(1, callId).getResultList();
    if (found.isEmpty()) {
      throw new IllegalStateException("call " + callId + " announced ended is not stored as ended");
    }
    Object[] call = (Object[]) found.get(0);
    CallFact fact = CallFact.of(new CallHistory(callId, ReportsBean.instant(call[0]), ReportsBean.instant(call[1]),
        "ABANDONED".equals(call[2]), (String) call[3], phases(callId), steps(callId), (UUID) call[4],
        (UUID) call[5]));
    if (fact.agentId() != null) {
      ReportFactsSql.lockAgent(entityManager, fact.agentId());
    }
    entityManager.createNativeQuery(INSERT).setParameter(1, fact.callId()).setParameter(2, textOf(fact.queueId()))
        .setParameter(3, textOf(fact.agentId())).setParameter(4, fact.queuedAt())
        .setParameter(5, textOf(fact.answeredAt()))
        .setParameter(6, fact.endedAt()).setParameter(7, fact.waitMillis()).setParameter(8, fact.talkMillis())
        .setParameter(9, fact.holdMillis()).setParameter(10, fact.transfers()).setParameter(11, fact.abandoned())
        .setParameter(12, fact.callback()).setParameter(13, fact.endCause()).executeUpdate();
    if (fact.agentId() != null) {
      ReportFactsSql.copyWrapUps(entityManager, fact.agentId(), fact.endedAt());
    }
  }

  private List<CallHistory.Phase> phases(UUID callId) {
    List<CallHistory.Phase> phases = new ArrayList<>();
    for (Object row : entityManager.createNativeQuery(PHASES).setParameter(1, callId).getResultList()) {
      Object[] columns = (Object[]) row;
      phases.add(new CallHistory.Phase((String) columns[0], ReportsBean.instant(columns[1])));
    }
    return phases;
  }

  private List<CallHistory.Step> steps(UUID callId) {
    List<CallHistory.Step> steps = new ArrayList<>();
    for (Object row : entityManager.createNativeQuery(STEPS).setParameter(1, callId).getResultList()) {
      Object[] columns = (Object[]) row;
      steps.add(new CallHistory.Step((String) columns[0], ReportsBean.instant(columns[1]), (String) columns[2]));
    }
    return steps;
  }
}
