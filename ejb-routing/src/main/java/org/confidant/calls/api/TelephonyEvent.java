package org.confidant.calls.api;

import java.time.Instant;
import java.util.UUID;

/** A call event as a telephony source reports it (validated at the edge). */
public record TelephonyEvent(UUID callId, long sequence, Instant occurredAt, String type, String detail) {}
