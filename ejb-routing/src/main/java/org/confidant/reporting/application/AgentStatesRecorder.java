package org.confidant.reporting.application;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;
import org.confidant.events.broker.Destinations;
import org.confidant.events.catalogue.EventEnvelope;
import org.confidant.events.consuming.DeliveryLedger;

/**
 * Keeps every agent state change (AgentStateChanged) in report_agent_state, for logged-in time and wrap-up. The
 * order of delivery does not matter: entries are keyed by their time. Idempotent through the delivery ledger.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.AGENT_EVENTS),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
    @ActivationConfigProperty(propertyName = "clientId", propertyValue = "confidant"),
    @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = AgentStatesRecorder.NAME),
    @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4"),
    @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "eventType = 'AgentStateChanged'")})
public class AgentStatesRecorder implements MessageListener {

  static final String NAME = "report-agent-states";

  private static final String INSERT = "INSERT INTO report_agent_state (agent_id, since, state, call_id)"
      + " VALUES (?1, ?2, ?3, CAST(NULLIF(?4, '') AS uuid)) ON CONFLICT DO NOTHING";

  @EJB DeliveryLedger ledger;

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @Override
  public void onMessage(Message message) {
    EventEnvelope event = EventEnvelope.fromJson(EventMessages.body(message));
    if (!ledger.firstDelivery(NAME, event.id())) {
      return;
    }
    JsonObject payload = EventMessages.payload(event);
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
