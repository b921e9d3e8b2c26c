package org.confidant.interactions.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.UUID;

/**
 * Admins' webhook subscriptions to interaction events, and the deliveries that died (to replay them). The signing
 * secret is answered once, when the subscription is created.
 */
@Local
public interface WebhookSubscriptions {

  List<WebhookSubscriptionView> allSubscriptions();

  WebhookSubscriptionIssued subscribe(WebhookSubscriptionDraft draft);

  WebhookSubscriptionView update(UUID id, WebhookSubscriptionDraft draft);

  /** Deactivates it: its deliveries stay for the record. */
  void unsubscribe(UUID id);

  List<WebhookDeliveryView> deadDeliveries();

  /** A dead delivery is attempted again from now, with a fresh set of attempts. */
  WebhookDeliveryView replay(UUID deliveryId);
}
