package org.confidant.audit.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When the chain's head gets a signed checkpoint: once {@code everyEntries} entries were sealed since the last one,
 * or once {@code every} has passed since the last one and the chain has grown meanwhile.
 */
public record CheckpointPolicy(long everyEntries, Duration every) {

  public CheckpointPolicy {
    Objects.requireNonNull(every, "every");
    if (everyEntries < 1 || every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException("a checkpoint interval must be positive");
    }
  }

  /** Whether {@code head} needs a checkpoint, the last one covering {@code lastSequence} at {@code lastAt}. */
  public boolean due(ChainHead head, long lastSequence, Instant lastAt, Instant now) {
    long uncovered = head.sequence() - lastSequence;
    if (uncovered <= 0) {
      return false;
    }
    return uncovered >= everyEntries || lastAt == null || !now.isBefore(lastAt.plus(every));
  }
}
