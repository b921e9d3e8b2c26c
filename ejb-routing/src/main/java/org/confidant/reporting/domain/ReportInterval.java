package org.confidant.reporting.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The length of a report's rows, on the site's wall clock. Minute intervals are cut on the wall clock but keep
 * the offset apart, so the hour a DST fall-back repeats gives two rows, not one merged row; days, weeks (from
 * Monday, as ISO and PostgreSQL's date_trunc) and months start at local midnight, so a DST day lasts 23 or 25 hours.
 */
public enum ReportInterval {
  MINUTES_15(15), MINUTES_30(30), HOUR(60), DAY(0), WEEK(0), MONTH(0);

  private final int minutes;

  ReportInterval(int minutes) {
    this.minutes = minutes;
  }

  /** Minutes in one interval for the minute intervals; 0 for calendar intervals. */
  public int minutes() {
    return minutes;
  }

  public boolean isCalendar() {
    return minutes == 0;
  }

  /** The start of the interval holding {@code at}. */
  public Instant start(Instant at, ZoneId zone) {
    if (!isCalendar()) {
      // The same rule as the SQL: at − (local time − local time floored to the interval).
      LocalDateTime local = LocalDateTime.ofInstant(at, zone);
      LocalDateTime floored = local.truncatedTo(ChronoUnit.HOURS)
          .plusMinutes(local.getMinute() / minutes * (long) minutes);
      return at.minus(Duration.between(floored, local));
    }
    ZonedDateTime local = at.atZone(zone);
    return switch (this) {
      case DAY -> local.toLocalDate().atStartOfDay(zone).toInstant();
      case WEEK -> local.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
          .atStartOfDay(zone).toInstant();
      default -> local.toLocalDate().withDayOfMonth(1).atStartOfDay(zone).toInstant();
    };
  }

  /** The starts of the intervals that hold [from, to), in order: the first at or before {@code from}. */
  public List<Instant> starts(Instant from, Instant to, ZoneId zone) {
    List<Instant> starts = new ArrayList<>();
    for (Instant start = start(from, zone); start.isBefore(to); start = next(start, zone)) {
      starts.add(start);
    }
    return starts;
  }

  /** The start of the interval after the one starting at {@code start}. */
  public Instant next(Instant start, ZoneId zone) {
    if (!isCalendar()) {
      return start.plus(Duration.ofMinutes(minutes));
    }
    ZonedDateTime local = start.atZone(zone);
    return switch (this) {
      case DAY -> local.toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
      case WEEK -> local.toLocalDate().plusWeeks(1).atStartOfDay(zone).toInstant();
      default -> local.toLocalDate().plusMonths(1).atStartOfDay(zone).toInstant();
    };
  }
}
