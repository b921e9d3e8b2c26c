package org.confidant.recordings.domain;

import java.time.Period;
import java.util.Objects;
import java.util.UUID;

/**
 * How long records of one type from one queue are kept; {@code queueId} null is the default for every queue
 * without a policy of its own. A zero period keeps a record no longer than until the next purge.
 */
public record RetentionPolicy(UUID queueId, RecordType recordType, Period retention) {

  public RetentionPolicy {
    Objects.requireNonNull(recordType, "recordType");
    Objects.requireNonNull(retention, "retention");
    if (retention.isNegative()) {
      throw new InvalidRetentionPolicy("a retention period cannot be negative");
    }
  }

  public static Period parsePeriod(String text) {
    try {
      return Period.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidRetentionPolicy("a retention period is an ISO-8601 period such as P7Y or P90D");
    }
  }

  public boolean isDefault() {
    return queueId == null;
  }
}
