package org.confidant.calls.application;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.ZoneOffset;
import org.confidant.events.broker.Destinations;
import org.confidant.events.catalogue.EventEnvelope;
import org.confidant.events.consuming.DeliveryLedger;

/**
 * Counts finished calls per day and end state from CallProgressed events (shared durable subscription, so
 * nothing is missed while the server is down and several sessions share the work). Idempotent through the delivery ledger; a message it cannot handle makes it
 * throw, so the broker redelivers and finally dead-letters it.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.CALL_EVENTS),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
    @ActivationConfigProperty(propertyName = "clientId", propertyValue = "confidant"),
    @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = CallDailyTotalsConsumer.NAME),
    // A shared durable subscription, so several sessions consume in parallel (counts commute; the ledger dedupes).
    @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8"),
    @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "eventType = 'CallProgressed'")})
public class CallDailyTotalsConsumer implements MessageListener {

  static final String NAME = "call-daily-totals";

  private static final String COUNT = "INSERT INTO call_daily_total (day, state, calls) VALUES (?1, ?2, 1)"
      + " ON CONFLICT (day, state) DO UPDATE SET calls = call_daily_total.calls + 1";

  private static final JsonProvider JSON = JsonProvider.provider();

  @EJB DeliveryLedger ledger;

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @Override
  public void onMessage(Message message) {
    EventEnvelope event = EventEnvelope.fromJson(body(message));
    if (!ledger.firstDelivery(NAME, event.id())) {
      return;
    }
    JsonObject payload = JSON.createReader(new StringReader(event.payload())).readObject();
    if (payload.containsKey("endCause")) {
      entityManager.createNativeQuery(COUNT)
          .setParameter(1, event.occurredAt().atOffset(ZoneOffset.UTC).toLocalDate())
          .setParameter(2, payload.getString("state"))
          .executeUpdate();
    }
  }

  private static String body(Message message) {
    try {
      return ((TextMessage) message).getText();
    } catch (JMSException | ClassCastException e) {
      throw new IllegalArgumentException("not a CallProgressed text message", e);
    }
  }
}
