package org.confidant.audit.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What an audit entry says, field by field — everything its hash covers. Text fields are kept exactly as stored;
 * {@code recordedAt} has microsecond precision (PostgreSQL's), finer parts are dropped.
 */
public record EntryContent(Instant recordedAt, String actor, String roles, String action, String resourceType,
    String resourceId, String outcome, String clientAddress, String reason) {

  public EntryContent {
    Objects.requireNonNull(recordedAt, "recordedAt");
    recordedAt = recordedAt.truncatedTo(ChronoUnit.MICROS);
  }
}
