package org.confidant.interactions.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Every second, attempts the webhook deliveries that are due (overlapping ticks are skipped). */
@Singleton
public class WebhookCourier {

  @EJB WebhookOutbox outbox;

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "deliver interaction webhooks")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void deliverDueWebhooks() {
    outbox.due().forEach(outbox::attempt);
  }
}
