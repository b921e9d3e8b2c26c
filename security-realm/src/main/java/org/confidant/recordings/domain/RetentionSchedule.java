package org.confidant.recordings.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * All retention policies at one moment: which one governs a record (its queue's, else the default), and when the
 * record expires. A record no policy governs never expires: destroying data needs a decision someone wrote down.
 */
public final class RetentionSchedule {

  private final List<RetentionPolicy> policies;

  public RetentionSchedule(List<RetentionPolicy> policies) {
    this.policies = List.copyOf(policies);
  }

  public Optional<RetentionPolicy> governing(UUID queueId, RecordType type) {
    Optional<RetentionPolicy> ofQueue = queueId == null ? Optional.empty() : policies.stream()
        .filter(policy -> policy.recordType() == type && queueId.equals(policy.queueId()))
        .findFirst();
    return ofQueue.or(() -> policies.stream()
        .filter(policy -> policy.recordType() == type && policy.isDefault())
        .findFirst());
  }

  /** When a record created at {@code createdAt} expires; empty when no policy governs it. */
  public Optional<Instant> expiry(UUID queueId, RecordType type, Instant createdAt) {
    Objects.requireNonNull(createdAt, "createdAt");
    return governing(queueId, type)
        .map(policy -> createdAt.atOffset(ZoneOffset.UTC).plus(policy.retention()).toInstant());
  }
}
