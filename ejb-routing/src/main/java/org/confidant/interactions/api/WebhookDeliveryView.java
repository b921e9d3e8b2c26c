package org.confidant.interactions.api;

import java.time.Instant;
import java.util.UUID;

/** One event's delivery to one subscription (never its body). */
public record WebhookDeliveryView(UUID id, UUID subscriptionId, UUID eventId, String eventType, String status,
    int attempts, Instant nextAttemptAt, String lastError, Instant createdAt) {}
