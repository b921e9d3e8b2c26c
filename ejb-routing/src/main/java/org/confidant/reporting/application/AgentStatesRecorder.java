package org.confidant.reporting.application;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.jms.MessageListener;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;
import org.confidant.events.broker.Destinations;
import org.confidant.events.catalogue.EventEnvelope;
import org.confidant.events.consuming.IdempotentConsumer;

/**
 * Keeps every agent state change (AgentStateChanged) in report_agent_state, for logged-in time and wrap-up. The
 * order of delivery does not matter: entries are keyed by their time. Idempotent through the delivery ledger.
 */
@MessageDriven(messageListenerInterface = MessageListener.class, activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.AGENT_EVENTS),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
    @ActivationConfigProperty(propertyName = "clientId", propertyValue = "confidant"),
    @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = AgentStatesRecorder.NAME),
    @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4"),
    @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "eventType = 'AgentStateChanged'"),
    @ActivationConfigProperty(propertyName = "useLocalTx", propertyValue = "true")})
@TransactionManagement(TransactionManagementType.BEAN)
public class AgentStatesRecorder extends IdempotentConsumer {

  static final String NAME = "report-agent-states";

  private static final String INSERT = "INSERT INTO report_agent_state (agent_id, since, state, call_id)"
      + " VALUES (?1, ?2, ?3, CAST(NULLIF(?4, '') AS uuid)) ON CONFLICT DO NOTHING";

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @Override
  protected String name() {
    return NAME;
  }

  @Override
  protected void handle(EventEnvelope event) {
    JsonObject payload = payloadOf(event);
    UUID agent = UUID.fromString(payload.getString("agentId"));
    Instant since = Instant.parse(payload.getString("since"));
    ReportFactsSql.lockAgent(entityManager, agent);
    entityManager.createNativeQuery(INSERT).setParameter(1, agent).setParameter(2, since)
        .setParameter(3, payload.getString("state"))
        .setParameter(4, payload.containsKey("callId") ? UUID.fromString(payload.getString("callId")).toString() : "")
        .executeUpdate();
    ReportFactsSql.copyWrapUps(entityManager, agent, since);
  }
}
