package org.confidant.interactions.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.confidant.interactions.api.WebhookDeliveryView;
import org.confidant.telephony.infrastructure.OutboxDelivery;

/** One event on its way to one subscription: the exact body signed and sent on every attempt. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDeliveryEntity extends OutboxDelivery {

  @Id private UUID id;

  @Column(name = "subscription_id", nullable = false)
  private UUID subscriptionId;

  @Column(name = "event_id", nullable = false)
  private UUID eventId;

  @Column(name = "event_type", nullable = false, length = 64)
  private String eventType;

  @Column(nullable = false, columnDefinition = "text")
  private String payload;

  protected WebhookDeliveryEntity() {}

  public WebhookDeliveryEntity(UUID subscriptionId, UUID eventId, String eventType, String payload, Instant due) {
    super(due);
    this.id = UUID.randomUUID();
    this.subscriptionId = subscriptionId;
    this.eventId = eventId;
    this.eventType = eventType;
    this.payload = payload;
  }

  public UUID id() {
    return id;
  }

  public UUID subscriptionId() {
    return subscriptionId;
  }

  public String payload() {
    return payload;
  }

  public WebhookDeliveryView toView() {
    return new WebhookDeliveryView(id, subscriptionId, eventId, eventType, status(), attempts(), nextAttemptAt(),
        lastError(), createdAt());
  }
}
