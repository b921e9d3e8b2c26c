package org.confidant.interactions.api;

/** A new subscription and its signing secret: the only time the secret is answered. */
public record WebhookSubscriptionIssued(WebhookSubscriptionView subscription, String signingSecret) {}
