package org.confidant.telephony.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * When to try a command's delivery again: exponential backoff from {@code first} (1 s, 2 s, 4 s …) capped at
 * {@code cap}, and no more tries after {@code maxAttempts} — the command is then dead-lettered for an admin.
 */
public record DeliverySchedule(Duration first, Duration cap, int maxAttempts) {

  public static final DeliverySchedule DEFAULT = new DeliverySchedule(Duration.ofSeconds(1), Duration.ofMinutes(5), 10);

  public DeliverySchedule {
    if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0 || maxAttempts < 1) {
      throw new IllegalArgumentException("a schedule needs 0 < first <= cap and at least one attempt");
    }
  }

  /** The wait before the next attempt after {@code failedAttempts} failures, or empty when there is none. */
  public Optional<Duration> retryAfter(int failedAttempts) {
    if (failedAttempts >= maxAttempts) {
      return Optional.empty();
    }
    int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30); // beyond 2^30 s the cap has long applied
    Duration delay = first.multipliedBy(1L << doublings);
    return Optional.of(delay.compareTo(cap) > 0 ? cap : delay);
  }
}
