package org.confidant.routing.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A call (or a queued callback) asking for an agent. {@code waitingSince} is when it first joined a queue: it keeps
 * that place across re-queues, overflow to another queue and refused offers. A preferred agent (case owner, last
 * agent) gets the call alone until {@code preferenceTimeout} has passed.
 */
public record CallRequest(
    UUID callId,
    UUID queueId,
    Instant waitingSince,
    int priorityBoost,
    Optional<UUID> preferredAgent,
    Duration preferenceTimeout) {

  public CallRequest {
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(queueId, "queueId");
    Objects.requireNonNull(waitingSince, "waitingSince");
    Objects.requireNonNull(preferredAgent, "preferredAgent");
    Objects.requireNonNull(preferenceTimeout, "preferenceTimeout");
  }

  public static CallRequest of(UUID callId, UUID queueId, Instant waitingSince) {
    return new CallRequest(callId, queueId, waitingSince, 0, Optional.empty(), Duration.ZERO);
  }

  public CallRequest boostedBy(int boost) {
    return new CallRequest(callId, queueId, waitingSince, priorityBoost + boost, preferredAgent, preferenceTimeout);
  }

  public CallRequest preferring(UUID agentId, Duration timeout) {
    return new CallRequest(callId, queueId, waitingSince, priorityBoost, Optional.of(agentId), timeout);
  }

  public CallRequest inQueue(UUID otherQueue) {
    return new CallRequest(callId, otherQueue, waitingSince, priorityBoost, preferredAgent, preferenceTimeout);
  }
}
