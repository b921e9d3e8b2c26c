package org.confidant.interactions.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.confidant.calls.domain.CallState;

/**
 * The call log's record of one call: when it first reached each phase, how long it spent queued, ringing, talking
 * and on hold in total (every span counted), the queues it went through, the agents offered it (with answer and
 * wrap-up times), its holds and transfers, and how it ended. It follows the phases the call's state machine
 * entered, in order; a phase entered earlier than the current one began is taken as starting now (clock skew
 * between sources never makes a duration negative).
 */
public final class Interaction {

  /** An agent offered the call: when they answered, and their wrap-up after it. */
  public record Participant(UUID agentId, Instant offeredAt, Instant answeredAt, Instant wrapUpStartedAt,
      Instant wrapUpEndedAt) {

    Participant answered(Instant at) {
      return new Participant(agentId, offeredAt, at, wrapUpStartedAt, wrapUpEndedAt);
    }

    Participant wrapUp(Instant from, Instant until) {
      return new Participant(agentId, offeredAt, answeredAt, from, until);
    }

    /** Wrap-up time so far (none before it began, up to now while it lasts). */
    public Duration wrapUp(Instant now) {
      if (wrapUpStartedAt == null) {
        return Duration.ZERO;
      }
      return Duration.between(wrapUpStartedAt, wrapUpEndedAt == null ? now : wrapUpEndedAt);
    }
  }

  /** A span on hold; {@code endedAt} is null while it lasts. */
  public record Hold(Instant startedAt, Instant endedAt) {}

  /** Totals per phase, in milliseconds. */
  public record Totals(long queueMillis, long ringMillis, long talkMillis, long holdMillis) {}

  /** First time the call reached each phase (null if it never did). */
  public record Milestones(Instant offeredAt, Instant ivrAt, Instant queuedAt, Instant ringingAt, Instant connectedAt,
      Instant transferredAt, Instant endedAt) {}

  /** Everything stored: what {@link #restore} takes and {@link #snapshot} gives. */
  public record Snapshot(UUID callId, CallState phase, Instant phaseSince, Milestones milestones, Totals totals,
      int transfers, String endCause, boolean abandoned, List<UUID> queues, List<Participant> participants,
      List<Hold> holds) {}

  private final UUID callId;
  private CallState phase;
  private Instant phaseSince;
  private Instant offeredAt;
  private Instant ivrAt;
  private Instant queuedAt;
  private Instant ringingAt;
  private Instant connectedAt;
  private Instant transferredAt;
  private Instant endedAt;
  private long queueMillis;
  private long ringMillis;
  private long talkMillis;
  private long holdMillis;
  private int transfers;
  private String endCause;
  private boolean abandoned;
  private final List<UUID> queues = new ArrayList<>();
  private final List<Participant> participants = new ArrayList<>();
  private final List<Hold> holds = new ArrayList<>();

  private Interaction(UUID callId) {
    this.callId = Objects.requireNonNull(callId, "callId");
  }

  /** The record of a call just offered. */
  public static Interaction offered(UUID callId, Instant at) {
    Interaction interaction = new Interaction(callId);
    interaction.phase = CallState.OFFERED;
    interaction.phaseSince = at;
    interaction.offeredAt = at;
    return interaction;
  }

  public static Interaction restore(Snapshot stored) {
    Interaction interaction = new Interaction(stored.callId());
    interaction.phase = stored.phase();
    interaction.phaseSince = stored.phaseSince();
    Milestones at = stored.milestones();
    interaction.offeredAt = at.offeredAt();
    interaction.ivrAt = at.ivrAt();
    interaction.queuedAt = at.queuedAt();
    interaction.ringingAt = at.ringingAt();
    interaction.connectedAt = at.connectedAt();
    interaction.transferredAt = at.transferredAt();
    interaction.endedAt = at.endedAt();
    Totals totals = stored.totals();
    interaction.queueMillis = totals.queueMillis();
    interaction.ringMillis = totals.ringMillis();
    interaction.talkMillis = totals.talkMillis();
    interaction.holdMillis = totals.holdMillis();
    interaction.transfers = stored.transfers();
    interaction.endCause = stored.endCause();
    interaction.abandoned = stored.abandoned();
    interaction.queues.addAll(stored.queues());
    interaction.participants.addAll(stored.participants());
    interaction.holds.addAll(stored.holds());
    return interaction;
  }

  public Snapshot snapshot() {
    return new Snapshot(callId, phase, phaseSince,
        new Milestones(offeredAt, ivrAt, queuedAt, ringingAt, connectedAt, transferredAt, endedAt),
        new Totals(queueMillis, ringMillis, talkMillis, holdMillis), transfers, endCause, abandoned,
        List.copyOf(queues), List.copyOf(participants), List.copyOf(holds));
  }

  // ------------------------------------------------------------------------------------------------ phases

  /**
   * The call entered {@code next} at {@code at}: the span of the phase it left is added to its total. Staying in
   * the same phase (keys pressed, queued again) changes nothing here.
   */
  public void entered(CallState next, Instant at) {
    if (next == phase || phase.isFinal()) {
      return;
    }
    Instant since = at.isBefore(phaseSince) ? phaseSince : at;
    close(phase, Duration.between(phaseSince, since).toMillis(), since);
    phase = next;
    phaseSince = since;
    open(next, since);
  }

  private void close(CallState left, long millis, Instant at) {
    switch (left) {
      case QUEUED -> queueMillis += millis;
      case RINGING -> ringMillis += millis;
      case CONNECTED, CONFERENCE -> talkMillis += millis;
      case HELD -> {
        holdMillis += millis;
        holds.set(holds.size() - 1, new Hold(holds.get(holds.size() - 1).startedAt(), at));
      }
      default -> { }
    }
  }

  private void open(CallState entered, Instant at) {
    switch (entered) {
      case IVR -> ivrAt = first(ivrAt, at);
      case QUEUED -> queuedAt = first(queuedAt, at);
      case RINGING -> ringingAt = first(ringingAt, at);
      case CONNECTED, CONFERENCE -> connectedAt = first(connectedAt, at);
      case HELD -> holds.add(new Hold(at, null));
      case TRANSFERRED -> {
        transfers++;
        transferredAt = at;
      }
      case ENDED, ABANDONED -> {
        endedAt = at;
        abandoned = entered == CallState.ABANDONED;
      }
      default -> { }
    }
  }

  private static Instant first(Instant earlier, Instant at) {
    return earlier == null ? at : earlier;
  }

  /** How the call ended (the end cause's name), set with the final phase. */
  public void endedBecause(String cause) {
    this.endCause = cause;
  }

  /** The call waited in (or was routed through) a queue; each queue is listed once, in order. */
  public void queuedIn(UUID queueId) {
    if (!queues.contains(queueId)) {
      queues.add(queueId);
    }
  }

  // ---------------------------------------------------------------------------------------------- agents

  /** The router offered the call to an agent from a queue. */
  public void offeredTo(UUID agentId, UUID queueId, Instant at) {
    queuedIn(queueId);
    participants.add(new Participant(agentId, at, null, null, null));
  }

  /** The agent offered the call last answered it. */
  public void answeredBy(UUID agentId, Instant at) {
    lastOf(agentId).ifPresent(index -> participants.set(index, participants.get(index).answered(at)));
  }

  /** The agent's conversation is over; wrap-up runs until {@code until} (the same instant when the queue has none). */
  public void wrapUpStarted(UUID agentId, Instant at, Instant until) {
    lastOf(agentId).ifPresent(index -> participants.set(index, participants.get(index).wrapUp(at,
        until.equals(at) ? at : null)));
  }

  /** The agent's wrap-up ended (its time was over, or the agent made themself available). */
  public void wrapUpEnded(UUID agentId, Instant at) {
    lastOf(agentId).filter(index -> participants.get(index).wrapUpStartedAt() != null
            && participants.get(index).wrapUpEndedAt() == null)
        .ifPresent(index -> participants.set(index, participants.get(index)
            .wrapUp(participants.get(index).wrapUpStartedAt(), at)));
  }

  private Optional<Integer> lastOf(UUID agentId) {
    for (int i = participants.size() - 1; i >= 0; i--) {
      if (participants.get(i).agentId().equals(agentId)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  // ----------------------------------------------------------------------------------------------- reading

  public UUID callId() {
    return callId;
  }

  public boolean isOver() {
    return phase.isFinal();
  }

  /** Whether the agent was offered the call (so may describe it: disposition, notes, links). */
  public boolean involves(UUID agentId) {
    return lastOf(agentId).isPresent();
  }

  /** Total wrap-up time of every participant so far. */
  public Duration wrapUp(Instant now) {
    return participants.stream().map(participant -> participant.wrapUp(now)).reduce(Duration.ZERO, Duration::plus);
  }
}
