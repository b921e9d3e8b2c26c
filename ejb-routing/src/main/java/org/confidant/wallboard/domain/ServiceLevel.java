package org.confidant.wallboard.domain;

import java.util.OptionalDouble;

/**
 * Service level so far today, with answered calls as the denominator: calls answered within the threshold /
 * calls answered. Abandoned calls are not in it (the wallboard shows them beside it); no answered call yet means
 * no service level, not 0 % or 100 %.
 */
public record ServiceLevel(int thresholdSeconds, long answeredWithinThreshold, long answered) {

  public ServiceLevel {
    if (thresholdSeconds <= 0 || answeredWithinThreshold < 0 || answeredWithinThreshold > answered) {
      throw new IllegalArgumentException("threshold > 0 and 0 <= answered within the threshold <= answered");
    }
  }

  public static ServiceLevel of(int thresholdSeconds, TodayCounts today) {
    return new ServiceLevel(thresholdSeconds, today.answeredWithinThreshold(), today.answered());
  }

  /** The share in percent, rounded to one decimal; empty before the first answered call. */
  public OptionalDouble percent() {
    if (answered == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.round(1000.0 * answeredWithinThreshold / answered) / 10.0);
  }

  /** What the figure divides by what, as the board labels it. */
  public String label() {
    return "answered within " + thresholdSeconds + " s / answered";
  }
}
