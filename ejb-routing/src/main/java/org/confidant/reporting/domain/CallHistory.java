package org.confidant.reporting.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the call ledger kept of one finished call: its phases (the state entered and when), the events applied to it
 * in order, and — for calls Confidant routed — the queue and agent its routing recorded.
 */
public record CallHistory(UUID callId, Instant offeredAt, Instant endedAt, boolean abandoned, String endCause,
    List<Phase> phases, List<Step> steps, UUID routedQueue, UUID routedAgent) {

  /** A phase of the call: the state it entered and when (call_phase). */
  public record Phase(String state, Instant since) {}

  /** An applied telephony event (call_event): its type, when, and its detail (a queue or agent id for some). */
  public record Step(String type, Instant at, String detail) {}

  public CallHistory {
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(offeredAt, "offeredAt");
    Objects.requireNonNull(endedAt, "endedAt");
    Objects.requireNonNull(endCause, "endCause");
    phases = List.copyOf(phases);
    steps = List.copyOf(steps);
  }
}
