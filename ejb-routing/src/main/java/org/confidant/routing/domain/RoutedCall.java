package org.confidant.routing.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A call the server routes, from the moment it joins a queue until it leaves routing: waiting, offered to an agent
 * (who must answer before the offer expires), connected, overflowed to voicemail, or finished. Its place in line
 * ({@code waitingSince}) survives refused offers, overflow to another queue and becoming a callback.
 *
 * <p>A <em>callback</em> is the same call after its caller hung up to be called back (overflow to callback, or the
 * caller's own choice): it waits in its old place (WAITING), is offered to an agent by dialling the caller with the
 * agent's phone first (OFFERED, the dialled call is {@code dialCallId}), is CONNECTED when that call is answered and
 * FINISHED when it ends. A dial that ends unanswered puts it back in its place; after {@link #MAX_DIALS} it is given
 * up (FINISHED).
 */
public final class RoutedCall {

  /** Where the call is in routing. */
  public enum Status {
    WAITING, OFFERED, CONNECTED, OVERFLOWED, FINISHED;

    public boolean isLive() {
      return this == WAITING || this == OFFERED || this == CONNECTED;
    }
  }

  /** Dials of a callback before it is given up. */
  public static final int MAX_DIALS = 3;

  /** What becomes of a call its queue gave up: it waits elsewhere, waits as a callback, or goes to voicemail. */
  public enum Overflowed { REQUEUED, CALLBACK, VOICEMAIL }

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
  private RoutingWishes wishes = RoutingWishes.NONE;
  private Instant callbackSince;
  private UUID dialCallId;

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
  public static RoutedCall queued(UUID callId, UUID queueId, Instant at, int priorityBoost, RoutingWishes wishes) {
    RoutedCall call = queued(callId, queueId, at, priorityBoost);
    call.wishes = Objects.requireNonNull(wishes, "wishes");
    return call;
  }

  /** The call as stored, with what was asked for it and, for a callback, its state. */
  public static RoutedCall restore(UUID callId, UUID queueId, Instant waitingSince, int priorityBoost, Status status,
      UUID agentId, Instant offeredAt, Instant offerExpiresAt, int offers, String overflowTo, RoutingWishes wishes,
      Instant callbackSince, UUID dialCallId) {
    RoutedCall call = new RoutedCall(callId, queueId, waitingSince, priorityBoost, status);
    call.agentId = agentId;
    call.offeredAt = offeredAt;
    call.offerExpiresAt = offerExpiresAt;
    call.offers = offers;
    call.overflowTo = overflowTo;
    call.wishes = Objects.requireNonNull(wishes, "wishes");
    call.callbackSince = callbackSince;
    call.dialCallId = dialCallId;
    return call;
  }

  /** What the router needs to place the call at {@code now}: its queue, its original place in line, its wishes. */
  public CallRequest request(Instant now) {
    CallRequest request = wishes.applyTo(CallRequest.of(callId, queueId, waitingSince).boostedBy(priorityBoost), now);
    return isCallback() ? request.asCallback() : request;
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

  /** The offer of a callback: the phone system places call {@code dialCall}, the agent's phone first. */
  public void dialling(UUID dialCall) {
    require(status == Status.OFFERED && isCallback(), "dial");
    dialCallId = Objects.requireNonNull(dialCall, "dialCall");
  }

  /**
   * The offer rang out or was refused (for a callback: the dial ended unanswered): the call waits again, in the same
   * place. A preferred agent had their chance: the queue's targets take over.
   */
  public UUID offerRefused() {
    require(status == Status.OFFERED, "refuse the offer of");
    UUID refusedBy = agentId;
    backToWaiting();
    wishes = wishes.withoutPreference();
    return refusedBy;
  }

  /** Whether a callback has been dialled as often as it will be: it is given up rather than offered again. */
  public boolean callbackGivenUp() {
    return isCallback() && offers >= MAX_DIALS;
  }

  /**
   * The caller hangs up to be called back on the number their phone system gave: the call waits on in its place
   * as a callback. Refused without a number (the caller stays on the line).
   */
  public void becomeCallback(Instant now) {
    require(status == Status.WAITING && !isCallback() && canBeCalledBack(), "call back");
    callbackSince = Objects.requireNonNull(now, "now");
  }

  /** The caller's phone system told the number to call them back on (it may come with the callback request). */
  public void reachableAt(String number) {
    wishes = wishes.reachableAt(Objects.requireNonNull(number, "number"));
  }

  public boolean canBeCalledBack() {
    return wishes.callerNumber().isPresent();
  }

  public boolean isCallback() {
    return callbackSince != null;
  }

  public void answered() {
    require(status == Status.OFFERED, "answer");
    status = Status.CONNECTED;
    offerExpiresAt = null;
  }

  /** A connected call was transferred to another agent, who answered it: it is theirs now. */
  public void handedTo(UUID agent) {
    require(status == Status.CONNECTED, "hand over");
    agentId = Objects.requireNonNull(agent, "agent");
  }

  /**
   * The router gave the call up to {@code destination}: another queue (still waiting, same place in line), a
   * callback (still waiting in the same place once the caller hung up; without a number to call, voicemail instead),
   * or voicemail (out of routing).
   */
  public Overflowed overflowed(OverflowDestination destination, Instant now) {
    require(status == Status.WAITING, "overflow");
    switch (destination.kind()) {
      case QUEUE -> {
        queueId = destination.queueId();
        overflowTo = "QUEUE:" + destination.queueId();
        return Overflowed.REQUEUED;
      }
      case CALLBACK -> {
        if (canBeCalledBack()) {
          overflowTo = OverflowDestination.Kind.CALLBACK.name();
          becomeCallback(now);
          return Overflowed.CALLBACK;
        }
      }
      default -> { }
    }
    status = Status.OVERFLOWED;
    overflowTo = OverflowDestination.Kind.VOICEMAIL.name();
    return Overflowed.VOICEMAIL;
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
    require((status == Status.CONNECTED || status == Status.OVERFLOWED) && !isCallback(), "re-queue");
    queueId = Objects.requireNonNull(queue, "queue");
    backToWaiting();
    wishes = wishes.withoutPreference();
  }

  private void backToWaiting() {
    status = Status.WAITING;
    dialCallId = null;
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

  public RoutingWishes wishes() {
    return wishes;
  }

  public Optional<Instant> callbackSince() {
    return Optional.ofNullable(callbackSince);
  }

  /** The call placed to call the caller back, while a callback is offered or connected. */
  public Optional<UUID> dialCallId() {
    return Optional.ofNullable(dialCallId);
  }
}
