package org.confidant.interactions.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.confidant.interactions.infrastructure.WebhookDeliveryEntity;
import org.confidant.interactions.infrastructure.WebhookSubscriptionEntity;
import org.confidant.telephony.domain.DeliverySchedule;
import org.confidant.telephony.domain.Signature;
import org.confidant.telephony.infrastructure.CommandWebhook;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivery attempts of the webhook outbox, the same way as the connector command outbox: each attempt its own
 * transaction holding the row's lock ({@code FOR UPDATE SKIP LOCKED}) while it posts, signed with the connector
 * scheme ({@link Signature}), retried on a {@link DeliverySchedule}, dead (FAILED) when it allows no more. At least
 * once: receivers deduplicate by the {@code Confidant-Delivery-Id} header (or the envelope's id).
 */
@Stateless
public class WebhookOutbox {

  public static final String DELIVERY_ID_HEADER = "Confidant-Delivery-Id";
  private static final Logger LOG = Logger.getLogger(WebhookOutbox.class.getName());
  private static final int BATCH = 20;

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @EJB WebhookSecrets secrets;

  /** How many attempts before a delivery is dead-lettered (env {@code CONFIDANT_WEBHOOKS_DELIVERY_ATTEMPTS}). */
  @Inject
  @ConfigProperty(name = "confidant.webhooks.delivery-attempts", defaultValue = "10")
  int deliveryAttempts;

  private final Clock clock = Clock.systemUTC();

  public List<UUID> due() {
    return entityManager.createQuery("SELECT d.id FROM WebhookDeliveryEntity d WHERE d.status = 'PENDING'"
            + " AND d.nextAttemptAt <= :now ORDER BY d.nextAttemptAt", UUID.class)
        .setParameter("now", clock.instant())
        .setMaxResults(BATCH)
        .getResultList();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void attempt(UUID deliveryId) {
    Instant now = clock.instant();
    boolean mine = !entityManager.createNativeQuery("SELECT id FROM webhook_delivery WHERE id = ?1"
            + " AND status = 'PENDING' AND next_attempt_at <= ?2 FOR UPDATE SKIP LOCKED")
        .setParameter(1, deliveryId)
        .setParameter(2, now)
        .getResultList().isEmpty();
    if (!mine) {
      return;
    }
    WebhookDeliveryEntity delivery = entityManager.find(WebhookDeliveryEntity.class, deliveryId);
    WebhookSubscriptionEntity subscription = entityManager.find(WebhookSubscriptionEntity.class,
        delivery.subscriptionId());
    if (!subscription.isActive()) {
      delivery.abandon("the subscription was deactivated");
      return;
    }
    byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
    String signature = Signature.sign(secrets.open(subscription), now, body);
    Optional<String> failure = CommandWebhook.post(URI.create(subscription.url()), DELIVERY_ID_HEADER, deliveryId,
        delivery.payload(), signature);
    if (failure.isEmpty()) {
      delivery.delivered(now);
      return;
    }
    delivery.failed(failure.get(), new DeliverySchedule(DeliverySchedule.DEFAULT.first(),
        DeliverySchedule.DEFAULT.cap(), deliveryAttempts), now);
    if (delivery.isDead()) {
      LOG.warning(() -> "Webhook delivery " + deliveryId + " to subscription " + subscription.getId()
          + " dead-lettered after " + delivery.attempts() + " attempt(s): " + failure.get());
    }
  }
}
