package org.confidant.reporting.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One finished call as reports count it (a row of report_call). {@code queuedAt} places the call in an interval;
 * {@code waitMillis} runs from it to the answer, or to the caller leaving; {@code wrapUpMillis} is null until the
 * answering agent's wrap-up is known.
 */
public record CallFact(UUID callId, UUID queueId, UUID agentId, Instant queuedAt, Instant answeredAt, Instant endedAt,
    long waitMillis, long talkMillis, long holdMillis, Long wrapUpMillis, int transfers, boolean abandoned,
    boolean callback, String endCause) {

  private static final Set<String> TALKING = Set.of("CONNECTED", "CONFERENCE");

  public boolean answered() {
    return answeredAt != null;
  }

  public long handleMillis() {
    return talkMillis + holdMillis + (wrapUpMillis == null ? 0 : wrapUpMillis);
  }

  public CallFact withWrapUp(long millis) {
    return new CallFact(callId, queueId, agentId, queuedAt, answeredAt, endedAt, waitMillis, talkMillis, holdMillis,
        millis, transfers, abandoned, callback, endCause);
  }

  /**
   * The fact of a finished call. Its queue is the one routing recorded, else the last QUEUED event's (a source that
   * routes its own calls names the queue there); its agent, for an answered call, the one routing recorded, else the
   * last RINGING event's before the answer (such a source names the agent there).
   */
  public static CallFact of(CallHistory call) {
    List<CallHistory.Step> steps = call.steps();
    Instant queuedAt = first(steps, "QUEUED").map(CallHistory.Step::at).orElse(call.offeredAt());
    Instant answeredAt = first(steps, "ANSWERED").map(CallHistory.Step::at).orElse(null);
    UUID queue = call.routedQueue() != null ? call.routedQueue() : lastNamed(steps, "QUEUED", null);
    UUID agent = answeredAt == null ? null
        : call.routedAgent() != null ? call.routedAgent() : lastNamed(steps, "RINGING", answeredAt);
    Instant waitedUntil = answeredAt != null ? answeredAt : call.endedAt();
    int transfers = (int) steps.stream().filter(step -> "TRANSFERRED".equals(step.type())).count();
    return new CallFact(call.callId(), queue, agent, queuedAt, answeredAt, call.endedAt(),
        millisBetween(queuedAt, waitedUntil), timeIn(call, TALKING), timeIn(call, Set.of("HELD")), null, transfers,
        call.abandoned(), "CALLBACK_SCHEDULED".equals(call.endCause()), call.endCause());
  }

  private static Optional<CallHistory.Step> first(List<CallHistory.Step> steps, String type) {
    return steps.stream().filter(step -> type.equals(step.type())).findFirst();
  }

  /** The id named by the last event of a type (up to {@code until} when given), if it names one. */
  private static UUID lastNamed(List<CallHistory.Step> steps, String type, Instant until) {
    UUID named = null;
    for (CallHistory.Step step : steps) {
      if (until != null && step.at().isAfter(until)) {
        break;
      }
      if (type.equals(step.type())) {
        named = parse(step.detail());
      }
    }
    return named;
  }

  private static UUID parse(String detail) {
    try {
      return detail == null ? null : UUID.fromString(detail);
    } catch (IllegalArgumentException notAnId) {
      return null;
    }
  }

  /** Time spent in the states, each phase lasting until the next one (the last until the end). */
  private static long timeIn(CallHistory call, Set<String> states) {
    List<CallHistory.Phase> phases = call.phases();
    long total = 0;
    for (int i = 0; i < phases.size(); i++) {
      if (states.contains(phases.get(i).state())) {
        Instant until = i + 1 < phases.size() ? phases.get(i + 1).since() : call.endedAt();
        total += millisBetween(phases.get(i).since(), until);
      }
    }
    return total;
  }

  private static long millisBetween(Instant from, Instant to) {
    return Math.max(0, Duration.between(from, to).toMillis());
  }
}
