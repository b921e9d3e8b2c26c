package org.confidant.interactions.api;

import java.util.List;
import java.util.UUID;

/** A subscription (never its secret). */
public record WebhookSubscriptionView(UUID id, String url, List<String> eventTypes, boolean active, long version) {}
