package org.confidant.agents.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One agent's state, with the call they hold and why they are not ready. Every operation either moves the agent
 * or throws {@link IllegalAgentTransition} without changing anything. A not-ready request during call work is
 * remembered and takes effect when the work ends.
 */
public final class AgentPresence {

  private final UUID agentId;
  private AgentState state = AgentState.LOGGED_OUT;
  private Instant since;
  private UUID callId;
  private ReasonCode reason;
  private ReasonCode pendingNotReady;
  private Instant wrapUpUntil;

  public AgentPresence(UUID agentId, Instant now) {
    this.agentId = Objects.requireNonNull(agentId, "agentId");
    this.since = now;
  }

  /** The presence as stored; the stored row obeys the same rules, checked by the database's constraints. */
  public static AgentPresence restore(UUID agentId, AgentState state, Instant since, UUID callId, ReasonCode reason,
      ReasonCode pendingNotReady, Instant wrapUpUntil) {
    AgentPresence presence = new AgentPresence(agentId, since);
    presence.state = Objects.requireNonNull(state, "state");
    presence.callId = callId;
    presence.reason = reason;
    presence.pendingNotReady = pendingNotReady;
    presence.wrapUpUntil = wrapUpUntil;
    return presence;
  }

  public void logIn(Instant now) {
    require(state == AgentState.LOGGED_OUT, "log in");
    becomeNotReady(ReasonCode.LOGGED_IN, now);
  }

  public void logOut(Instant now) {
    require(!state.holdsACall() && state != AgentState.LOGGED_OUT, "log out");
    move(AgentState.LOGGED_OUT, now);
  }

  public void ready(Instant now) {
    require(state == AgentState.NOT_READY || state == AgentState.WRAP_UP || state == AgentState.AVAILABLE, "ready");
    pendingNotReady = null;
    if (state != AgentState.AVAILABLE) {
      move(AgentState.AVAILABLE, now);
    }
  }

  public void notReady(ReasonCode why, Instant now) {
    require(state != AgentState.LOGGED_OUT, "set not ready");
    if (state.holdsACall() || state == AgentState.WRAP_UP) {
      pendingNotReady = why;
    } else {
      becomeNotReady(why, now);
    }
  }

  /** The router offers the agent a call. */
  public void reserve(UUID call, Instant now) {
    require(state == AgentState.AVAILABLE, "reserve");
    callId = call;
    move(AgentState.RESERVED, now);
  }

  /** The offered call rang out (RONA): the agent goes not ready so the next call does not ring an empty desk. */
  public void offerTimedOut(UUID call, Instant now) {
    requireCall(AgentState.RESERVED, call, "time out an offer to");
    callId = null;
    becomeNotReady(ReasonCode.RONA, now);
  }

  /** The offered call went away before the agent answered (the caller hung up). */
  public void offerWithdrawn(UUID call, Instant now) {
    requireCall(AgentState.RESERVED, call, "withdraw an offer from");
    callId = null;
    afterCallWork(now);
  }

  public void answered(UUID call, Instant now) {
    requireCall(AgentState.RESERVED, call, "answer for");
    move(AgentState.ON_CALL, now);
  }

  /** The agent dials out (click-to-call): allowed when they are not taking queue calls or are free. */
  public void dialled(UUID call, Instant now) {
    require(state == AgentState.AVAILABLE || state == AgentState.NOT_READY, "dial for");
    if (state == AgentState.NOT_READY && pendingNotReady == null) {
      pendingNotReady = reason;
    }
    callId = call;
    move(AgentState.ON_CALL, now);
  }

  /** The call ended; wrap-up follows for the queue's wrap-up time. */
  public void callEnded(UUID call, Duration wrapUp, Instant now) {
    requireCall(AgentState.ON_CALL, call, "end a call for");
    callId = null;
    if (wrapUp.isZero()) {
      afterCallWork(now);
    } else {
      wrapUpUntil = now.plus(wrapUp);
      move(AgentState.WRAP_UP, now);
    }
  }

  /** Ends a wrap-up whose time is over; returns whether it did. */
  public boolean wrapUpElapsed(Instant now) {
    if (state != AgentState.WRAP_UP || now.isBefore(wrapUpUntil)) {
      return false;
    }
    afterCallWork(now);
    return true;
  }

  /**
   * The agent's phone disappeared. A call only offered is handed back (returned, for re-offer); a call in progress
   * is left to the telephony, and the agent goes not ready when it ends.
   */
  public Optional<UUID> deviceLost(Instant now) {
    if (state == AgentState.LOGGED_OUT) {
      return Optional.empty();
    }
    if (state == AgentState.ON_CALL) {
      pendingNotReady = ReasonCode.DEVICE_UNREGISTERED;
      return Optional.empty();
    }
    Optional<UUID> handedBack = state == AgentState.RESERVED ? Optional.of(callId) : Optional.empty();
    callId = null;
    becomeNotReady(ReasonCode.DEVICE_UNREGISTERED, now);
    return handedBack;
  }

  /**
   * Repairs an agent who holds a call the telephony no longer has. Returns the call given up, if a repair was
   * needed, so the caller can log it.
   */
  public Optional<UUID> reconcile(boolean callIsLive, Instant now) {
    if (!state.holdsACall() || callIsLive) {
      return Optional.empty();
    }
    UUID lost = callId;
    callId = null;
    pendingNotReady = null;
    becomeNotReady(ReasonCode.RECONCILED, now);
    return Optional.of(lost);
  }

  private void afterCallWork(Instant now) {
    if (pendingNotReady != null) {
      becomeNotReady(pendingNotReady, now);
    } else {
      move(AgentState.AVAILABLE, now);
    }
  }

  private void becomeNotReady(ReasonCode why, Instant now) {
    reason = why;
    pendingNotReady = null;
    move(AgentState.NOT_READY, now);
  }

  private void move(AgentState next, Instant now) {
    if (next != AgentState.NOT_READY) {
      reason = null;
    }
    if (next != AgentState.WRAP_UP) {
      wrapUpUntil = null;
    }
    state = next;
    since = now;
  }

  private void require(boolean allowed, String operation) {
    if (!allowed) {
      throw new IllegalAgentTransition(state, operation);
    }
  }

  private void requireCall(AgentState expected, UUID call, String operation) {
    require(state == expected && Objects.equals(callId, call), operation);
  }

  public UUID agentId() {
    return agentId;
  }

  public AgentState state() {
    return state;
  }

  public Instant since() {
    return since;
  }

  public Optional<UUID> call() {
    return Optional.ofNullable(callId);
  }

  public Optional<ReasonCode> reason() {
    return Optional.ofNullable(reason);
  }

  public Optional<ReasonCode> pendingNotReady() {
    return Optional.ofNullable(pendingNotReady);
  }

  public Optional<Instant> wrapUpUntil() {
    return Optional.ofNullable(wrapUpUntil);
  }
}
