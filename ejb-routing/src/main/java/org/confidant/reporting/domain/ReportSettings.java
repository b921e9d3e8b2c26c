package org.confidant.reporting.domain;

import java.util.Objects;

/**
 * How a report counts: a call answered after waiting at most {@code serviceLevelSeconds} is within the service
 * level; a caller who left after less than {@code shortAbandonSeconds} is a short abandon.
 */
public record ReportSettings(int serviceLevelSeconds, int shortAbandonSeconds, ServiceLevelDenominator denominator) {

  public ReportSettings {
    Objects.requireNonNull(denominator, "denominator");
    if (serviceLevelSeconds <= 0 || shortAbandonSeconds < 0) {
      throw new IllegalArgumentException("the service level threshold is positive, the short abandon one not negative");
    }
  }

  public long serviceLevelMillis() {
    return serviceLevelSeconds * 1000L;
  }

  public long shortAbandonMillis() {
    return shortAbandonSeconds * 1000L;
  }
}
