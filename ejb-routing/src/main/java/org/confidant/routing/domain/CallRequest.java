package org.confidant.routing.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A call (or a queued callback) asking for an agent. {@code waitingSince} is when it first joined a queue: it keeps
 * that place across re-queues, overflow to another queue and refused offers. A preferred agent (case owner, last
 * agent) gets the call alone until {@code preferenceTimeout} has passed. {@code required} narrows every step of the
 * queue to agents who also meet the call's own needs (a skill the caller's choice asks for); a {@code callback} (the
 * caller hung up and waits to be called back) keeps its place and never overflows again.
 */
public record CallRequest(
    UUID callId,
    UUID queueId,
    Instant waitingSince,
    int priorityBoost,
    Optional<UUID> preferredAgent,
    Duration preferenceTimeout,
    AgentTarget required,
    boolean callback) {

  public CallRequest {
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(queueId, "queueId");
    Objects.requireNonNull(waitingSince, "waitingSince");
    Objects.requireNonNull(preferredAgent, "preferredAgent");
    Objects.requireNonNull(preferenceTimeout, "preferenceTimeout");
    Objects.requireNonNull(required, "required");
  }

  public static CallRequest of(UUID callId, UUID queueId, Instant waitingSince) {
    return new CallRequest(callId, queueId, waitingSince, 0, Optional.empty(), Duration.ZERO, AgentTarget.ANY_AGENT,
        false);
  }

  public CallRequest boostedBy(int boost) {
    return new CallRequest(callId, queueId, waitingSince, priorityBoost + boost, preferredAgent, preferenceTimeout,
        required, callback);
  }

  public CallRequest preferring(UUID agentId, Duration timeout) {
    return new CallRequest(callId, queueId, waitingSince, priorityBoost, Optional.of(agentId), timeout, required,
        callback);
  }

  public CallRequest requiring(AgentTarget needs) {
    return new CallRequest(callId, queueId, waitingSince, priorityBoost, preferredAgent, preferenceTimeout, needs,
        callback);
  }

  public CallRequest asCallback() {
    return new CallRequest(callId, queueId, waitingSince, priorityBoost, preferredAgent, preferenceTimeout, required,
        true);
  }

  public CallRequest inQueue(UUID otherQueue) {
    return new CallRequest(callId, otherQueue, waitingSince, priorityBoost, preferredAgent, preferenceTimeout,
        required, callback);
  }

  /** Whether the agent meets the call's own needs (the queue's steps decide the rest). */
  boolean admits(AgentProfile agent) {
    return required == AgentTarget.ANY_AGENT || required.admits(agent);
  }
}
