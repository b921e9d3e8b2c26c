package org.confidant.interactions.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.confidant.events.catalogue.EventEnvelope;
import org.confidant.events.publishing.Channel;
import org.confidant.events.publishing.EventPublisher;
import org.confidant.interactions.infrastructure.InteractionEntity;
import org.confidant.interactions.infrastructure.WebhookDeliveryEntity;
import org.confidant.interactions.infrastructure.WebhookSubscriptionEntity;

/**
 * Announces an interaction event in the caller's transaction: on the calls topic, and into the webhook outbox once
 * per active subscription that wants its type. The payload is the interaction without its notes (ids, times,
 * durations and codes — no PHI); the webhook body is the whole envelope, exactly as on the topic.
 */
@Stateless
public class InteractionEvents {

  public static final String COMPLETED = "InteractionCompleted";
  public static final String UPDATED = "InteractionUpdated";
  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @EJB EventPublisher publisher;

  public void publish(String type, InteractionEntity row, Instant now) {
    String payload = JSON.toJson(InteractionViews.of(row, List.of(), now));
    EventEnvelope envelope = EventEnvelope.of(type, 1, now, row.callId(), payload);
    publisher.publish(Channel.CALLS, envelope);
    String body = envelope.toJson();
    entityManager.createQuery("select s from WebhookSubscriptionEntity s where s.active = true",
            WebhookSubscriptionEntity.class)
        .getResultStream()
        .filter(subscription -> subscription.wants(type))
        .forEach(subscription -> entityManager.persist(
            new WebhookDeliveryEntity(subscription.getId(), envelope.id(), type, body, now)));
  }
}
