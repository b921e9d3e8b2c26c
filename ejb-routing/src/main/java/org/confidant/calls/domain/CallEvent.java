package org.confidant.calls.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.confidant.calls.api.RoutingHints;

/**
 * A normalised telephony or routing event about one call. {@code sequence} numbers a call's events from 1 in the
 * order the source produced them, so duplicates and out-of-order deliveries are recognised. {@code routing} is what
 * the source asked of routing with it (never {@code null}; {@link RoutingHints#NONE} when nothing).
 */
public record CallEvent(UUID callId, long sequence, Instant at, Type type, String detail, RoutingHints routing) {

  public enum Type {
    OFFERED, IVR_STARTED, DIGITS, QUEUED, RINGING, ANSWERED, HELD, RESUMED, TRANSFERRED, CONFERENCED, ENDED
  }

  public CallEvent {
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(type, "type");
    routing = routing == null ? RoutingHints.NONE : routing;
    if (sequence < 1) {
      throw new IllegalArgumentException("a call's events are numbered from 1, got " + sequence);
    }
  }

  public CallEvent(UUID callId, long sequence, Instant at, Type type, String detail) {
    this(callId, sequence, at, type, detail, RoutingHints.NONE);
  }

  public static CallEvent of(UUID callId, long sequence, Instant at, Type type) {
    return new CallEvent(callId, sequence, at, type, null);
  }

  /** An ENDED event; the cause tells an abandoned call from a finished one. */
  public static CallEvent ended(UUID callId, long sequence, Instant at, EndCause cause) {
    return new CallEvent(callId, sequence, at, Type.ENDED, cause.name());
  }

  EndCause endCause() {
    return detail == null ? EndCause.CALLER_HUNG_UP : EndCause.valueOf(detail);
  }
}
