package org.confidant.ivr.domain;

import java.time.LocalTime;
import java.util.Objects;

/**
 * Opening hours within one day, in wall-clock time: open from {@code opens} up to (not including) {@code closes}.
 * A {@code closes} of 00:00 means the end of the day, so 00:00-00:00 is the whole day. Hours past midnight are a
 * second interval on the next day.
 */
public record OpeningInterval(LocalTime opens, LocalTime closes) {

  public OpeningInterval {
    Objects.requireNonNull(opens, "opens");
    Objects.requireNonNull(closes, "closes");
    if (!untilEndOfDay(closes) && !opens.isBefore(closes)) {
      throw new IllegalArgumentException("opening hours must open before they close: " + opens + "-" + closes);
    }
  }

  public static OpeningInterval of(String opens, String closes) {
    return new OpeningInterval(LocalTime.parse(opens), LocalTime.parse(closes));
  }

  public boolean contains(LocalTime time) {
    return !time.isBefore(opens) && (untilEndOfDay(closes) || time.isBefore(closes));
  }

  public boolean overlaps(OpeningInterval other) {
    return contains(other.opens) || other.contains(opens);
  }

  private static boolean untilEndOfDay(LocalTime closes) {
    return closes.equals(LocalTime.MIDNIGHT);
  }

  @Override
  public String toString() {
    return opens + "-" + closes;
  }
}
