package org.confidant.wallboard.domain;

/**
 * One queue's calls so far today, counted over the calls that joined its line today: answered, answered within
 * the queue's service-level threshold (time from joining the line to the first answer), and abandoned (the caller
 * hung up before any answer).
 */
public record TodayCounts(long answered, long answeredWithinThreshold, long abandoned) {

  public static final TodayCounts NONE = new TodayCounts(0, 0, 0);

  public TodayCounts {
    if (answered < 0 || answeredWithinThreshold < 0 || abandoned < 0 || answeredWithinThreshold > answered) {
      throw new IllegalArgumentException("counts must be >= 0 and answered within the threshold <= answered");
    }
  }
}
