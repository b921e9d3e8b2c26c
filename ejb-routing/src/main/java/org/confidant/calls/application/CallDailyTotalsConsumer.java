package org.confidant.calls.application;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.jms.MessageListener;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneOffset;
import org.confidant.events.broker.Destinations;
import org.confidant.events.catalogue.EventEnvelope;
import org.confidant.events.consuming.IdempotentConsumer;

/**
 * Counts finished calls per day and end state from CallProgressed events (shared durable subscription, so
 * nothing is missed while the server is down and several sessions share the work). Idempotent through the
 * delivery ledger, one database transaction per event and a local JMS transaction ({@link IdempotentConsumer});
 * a message it cannot handle makes it throw, so the broker redelivers and finally dead-letters it.
 */
@MessageDriven(messageListenerInterface = MessageListener.class, activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.CALL_EVENTS),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
    @ActivationConfigProperty(propertyName = "clientId", propertyValue = "confidant"),
    @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = CallDailyTotalsConsumer.NAME),
    // A shared durable subscription, so several sessions consume in parallel (counts commute; the ledger dedupes).
    @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8"),
    @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "eventType = 'CallProgressed'"),
    @ActivationConfigProperty(propertyName = "useLocalTx", propertyValue = "true")})
@TransactionManagement(TransactionManagementType.BEAN)
public class CallDailyTotalsConsumer extends IdempotentConsumer {

  static final String NAME = "call-daily-totals";

  private static final String COUNT = "INSERT INTO call_daily_total (day, state, calls) VALUES (?1, ?2, 1)"
      + " ON CONFLICT (day, state) DO UPDATE SET calls = call_daily_total.calls + 1";

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
      entityManager.createNativeQuery(COUNT)
          .setParameter(1, event.occurredAt().atOffset(ZoneOffset.UTC).toLocalDate())
          .setParameter(2, payload.getString("state"))
          .executeUpdate();
    }
  }
}
