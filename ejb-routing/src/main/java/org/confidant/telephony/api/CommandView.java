package org.confidant.telephony.api;

import java.time.Instant;
import java.util.UUID;

/** A command in the outbox: where it goes, how its delivery went. */
public record CommandView(
    UUID commandId, UUID connectorId, UUID callId, CommandType type, String status, int attempts,
    Instant nextAttemptAt, String lastError, Instant createdAt) {}
