package org.confidant.calls.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One call and every phase it went through. Events are applied strictly in sequence: a duplicate is a no-op, an
 * early event changes nothing (the caller holds it until the gap is filled), and an event the current state does
 * not accept is rejected whole — the call is never half-changed.
 */
public final class Call {

  /** A phase of the call: the state it entered and when. */
  public record Phase(CallState state, Instant since) {}

  private final UUID id;
  private final List<Phase> phases = new ArrayList<>();
  private long lastSequence;
  private EndCause endCause;
  private long lostEvents;

  private Call(UUID id) {
    this.id = id;
  }

  /** A new call from its first event, which must be OFFERED with sequence 1. */
  public static Call offered(CallEvent first) {
    if (first.type() != CallEvent.Type.OFFERED || first.sequence() != 1) {
      throw new IllegalArgumentException("a call starts with OFFERED, sequence 1; got " + first.type()
          + " #" + first.sequence());
    }
    Call call = new Call(first.callId());
    call.phases.add(new Phase(CallState.OFFERED, first.at()));
    call.lastSequence = 1;
    return call;
  }

  /** A call as stored: its phases in order, the last event applied, and how it ended if it did. */
  public static Call restore(UUID id, List<Phase> phases, long lastSequence, long lostEvents, EndCause endCause) {
    if (phases.isEmpty() || lastSequence < 1) {
      throw new IllegalArgumentException("a stored call has at least its offer");
    }
    Call call = new Call(id);
    call.phases.addAll(phases);
    call.lastSequence = lastSequence;
    call.lostEvents = lostEvents;
    call.endCause = endCause;
    return call;
  }

  public Outcome apply(CallEvent event) {
    if (!event.callId().equals(id)) {
      throw new IllegalArgumentException("event for call " + event.callId() + " applied to call " + id);
    }
    if (event.sequence() <= lastSequence) {
      return Outcome.DUPLICATE;
    }
    if (event.sequence() > lastSequence + 1) {
      return Outcome.EARLY;
    }
    lastSequence = event.sequence();
    Optional<CallState> next = CallTransitions.next(state(), event);
    if (next.isEmpty()) {
      return Outcome.REJECTED;
    }
    enter(next.get(), event);
    return Outcome.APPLIED;
  }

  /**
   * Events up to {@code sequence - 1} that never arrived are given up: the next event expected is {@code sequence}.
   * Returns how many were lost.
   */
  public long giveUpEventsBefore(long sequence) {
    long lost = Math.max(0, sequence - 1 - lastSequence);
    lastSequence = Math.max(lastSequence, sequence - 1);
    lostEvents += lost;
    return lost;
  }

  public long lostEvents() {
    return lostEvents;
  }

  private void enter(CallState next, CallEvent event) {
    if (next != state()) {
      Instant since = event.at().isBefore(currentPhase().since()) ? currentPhase().since() : event.at();
      phases.add(new Phase(next, since));
    }
    if (next.isFinal()) {
      endCause = event.endCause();
    }
  }

  public UUID id() {
    return id;
  }

  public CallState state() {
    return currentPhase().state();
  }

  public long lastSequence() {
    return lastSequence;
  }

  public List<Phase> phases() {
    return List.copyOf(phases);
  }

  public Optional<EndCause> endCause() {
    return Optional.ofNullable(endCause);
  }

  /** Total time spent in a state so far (up to {@code now} for the current phase). */
  public Duration timeIn(CallState state, Instant now) {
    Duration total = Duration.ZERO;
    for (int i = 0; i < phases.size(); i++) {
      Phase phase = phases.get(i);
      if (phase.state() == state) {
        Instant until = i + 1 < phases.size() ? phases.get(i + 1).since() : (state.isFinal() ? phase.since() : now);
        total = total.plus(Duration.between(phase.since(), until));
      }
    }
    return total;
  }

  private Phase currentPhase() {
    return phases.get(phases.size() - 1);
  }

  @Override
  public String toString() {
    return "Call[" + id + " " + state() + " #" + lastSequence + "]";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Call call && call.id.equals(id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id);
  }
}
