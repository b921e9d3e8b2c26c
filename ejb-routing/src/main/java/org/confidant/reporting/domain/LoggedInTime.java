package org.confidant.reporting.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An agent's logged-in time per report interval, from their state history: each entry lasts until the next one
 * (the last one until the end of the report), and every state but LOGGED_OUT counts as logged in.
 */
public final class LoggedInTime {

  /** An agent's state from {@code since} on (a row of report_agent_state). */
  public record StateEntry(Instant since, String state) {}

  private LoggedInTime() {}

  /**
   * Logged-in milliseconds per interval start within [from, to). {@code entries} are in time order and should
   * include the last entry before {@code from}, which says what the agent was doing when the report starts.
   */
  public static Map<Instant, Long> perInterval(List<StateEntry> entries, Instant from, Instant to,
      ReportInterval interval, ZoneId zone) {
    Map<Instant, Long> totals = new TreeMap<>();
    for (int i = 0; i < entries.size(); i++) {
      if ("LOGGED_OUT".equals(entries.get(i).state())) {
        continue;
      }
      Instant start = later(entries.get(i).since(), from);
      Instant end = i + 1 < entries.size() ? earlier(entries.get(i + 1).since(), to) : to;
      while (start.isBefore(end)) {
        Instant bucket = interval.start(start, zone);
        Instant cut = earlier(interval.next(bucket, zone), end);
        totals.merge(bucket, Duration.between(start, cut).toMillis(), Long::sum);
        start = cut;
      }
    }
    return totals;
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
