package org.confidant.calls.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A call event as a telephony source reports it (validated at the edge). {@code routing} carries the routing
 * wishes of a QUEUED event or a callback request of an ENDED one; {@link RoutingHints#NONE} when none are given.
 */
public record TelephonyEvent(
    UUID callId, long sequence, Instant occurredAt, String type, String detail, RoutingHints routing) {

  public TelephonyEvent {
    routing = routing == null ? RoutingHints.NONE : routing;
  }

  public TelephonyEvent(UUID callId, long sequence, Instant occurredAt, String type, String detail) {
    this(callId, sequence, occurredAt, type, detail, RoutingHints.NONE);
  }
}
