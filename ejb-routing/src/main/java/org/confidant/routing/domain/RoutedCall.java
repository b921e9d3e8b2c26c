package org.confidant.routing.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A call the server routes, from the moment it joins a queue until it leaves routing: waiting, offered to an agent
 * (who must answer before the offer expires), connected, overflowed to voicemail or a callback, or finished. Its
 * place in line ({@code waitingSince}) survives refused offers and overflow to another queue.
 */
public final class RoutedCall {

  /** Where the call is in routing. */
  public enum Status {
    WAITING, OFFERED, CONNECTED, OVERFLOWED, FINISHED;

    public boolean isLive() {
      return this == WAITING || this == OFFERED || this == CONNECTED;
    }
  }

  private final UUID callId;
  private UUID queueId;
  private final Instant waitingSince;
  private final int priorityBoost;
  private Status status;
  private UUID agentId;
  private Instant offeredAt;
  private Instant offerExpiresAt;
  private int offers;
  private String overflowTo;

  private RoutedCall(UUID callId, UUID queueId, Instant waitingSince, int priorityBoost, Status status) {
    this.callId = Objects.requireNonNull(callId, "callId");
    this.queueId = Objects.requireNonNull(queueId, "queueId");
    this.waitingSince = Objects.requireNonNull(waitingSince, "waitingSince");
    this.priorityBoost = priorityBoost;
    this.status = status;
  }

  public static RoutedCall queued(UUID callId, UUID queueId, Instant at, int priorityBoost) {
    return new RoutedCall(callId, queueId, at, priorityBoost, Status.WAITING);
  }

  /** The call as stored. */
  public static RoutedCall restore(UUID callId, UUID queueId, Instant waitingSince, int priorityBoost, Status status,
      UUID agentId, Instant offeredAt, Instant offerExpiresAt, int offers, String overflowTo) {
    RoutedCall call = new RoutedCall(callId, queueId, waitingSince, priorityBoost, status);
    call.agentId = agentId;
    call.offeredAt = offeredAt;
    call.offerExpiresAt = offerExpiresAt;
    call.offers = offers;
    call.overflowTo = overflowTo;
    return call;
  }

  /** What the router needs to place the call: its queue and its original place in line. */
  public CallRequest request() {
    return new CallRequest(callId, queueId, waitingSince, priorityBoost, Optional.empty(), Duration.ZERO);
  }

  /** The router reserved an agent; the agent's phone rings until {@code ringTimeout} has passed. */
  public void offered(UUID agent, Instant now, Duration ringTimeout) {
    require(status == Status.WAITING, "offer");
    status = Status.OFFERED;
    agentId = Objects.requireNonNull(agent, "agent");
    offeredAt = now;
    offerExpiresAt = now.plus(ringTimeout);
    offers++;
  }

  /** The offer rang out or was refused: the call waits again, in the same place. */
  public UUID offerRefused() {
    require(status == Status.OFFERED, "refuse the offer of");
    UUID refusedBy = agentId;
    backToWaiting();
    return refusedBy;
  }

  public void answered() {
    require(status == Status.OFFERED, "answer");
    status = Status.CONNECTED;
    offerExpiresAt = null;
  }

  /** The router moved the call: to another queue (still waiting, same place in line) or out of routing. */
  public void overflowed(OverflowDestination destination) {
    require(status == Status.WAITING, "overflow");
    if (destination.kind() == OverflowDestination.Kind.QUEUE) {
      queueId = destination.queueId();
      overflowTo = "QUEUE:" + destination.queueId();
    } else {
      status = Status.OVERFLOWED;
      overflowTo = destination.kind().name();
    }
  }

  /**
   * The call ended (or left routing for good); returns what it was doing then, so its agent can be freed. The
   * agent who talked to the caller stays on record; an offer that was never answered does not.
   */
  public Status finished() {
    Status was = status;
    status = Status.FINISHED;
    offerExpiresAt = null;
    if (was != Status.CONNECTED) {
      agentId = null;
      offeredAt = null;
    }
    return was;
  }

  public boolean offerExpired(Instant now) {
    return status == Status.OFFERED && !now.isBefore(offerExpiresAt);
  }

  /** Transferred back to a queue by the telephony after it was connected: it waits again, keeping its place. */
  public void requeued(UUID queue) {
    require(status == Status.CONNECTED || status == Status.OVERFLOWED, "re-queue");
    queueId = Objects.requireNonNull(queue, "queue");
    backToWaiting();
  }

  private void backToWaiting() {
    status = Status.WAITING;
    agentId = null;
    offeredAt = null;
    offerExpiresAt = null;
  }

  private void require(boolean allowed, String operation) {
    if (!allowed) {
      throw new IllegalStateException("cannot " + operation + " call " + callId + " while " + status);
    }
  }

  public UUID callId() {
    return callId;
  }

  public UUID queueId() {
    return queueId;
  }

  public Instant waitingSince() {
    return waitingSince;
  }

  public int priorityBoost() {
    return priorityBoost;
  }

  public Status status() {
    return status;
  }

  public Optional<UUID> agentId() {
    return Optional.ofNullable(agentId);
  }

  public Optional<Instant> offeredAt() {
    return Optional.ofNullable(offeredAt);
  }

  public Optional<Instant> offerExpiresAt() {
    return Optional.ofNullable(offerExpiresAt);
  }

  public int offers() {
    return offers;
  }

  public Optional<String> overflowTo() {
    return Optional.ofNullable(overflowTo);
  }
}
