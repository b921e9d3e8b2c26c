package org.confidant.ivr.application;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confidant.ivr.api.ConfigurationIssue;
import org.confidant.ivr.api.HolidaySpec;
import org.confidant.ivr.api.OpeningHoursSpec;
import org.confidant.ivr.api.WeeklyHoursSpec;
import org.confidant.ivr.domain.BusinessHours;
import org.confidant.ivr.domain.Holiday;
import org.confidant.ivr.domain.InvalidBusinessHours;
import org.confidant.ivr.domain.OpeningInterval;
import org.confidant.ivr.infrastructure.StoredHours;

/** Turns a calendar's JSON shape into the domain's, collecting every problem before giving up. */
final class BusinessHoursDrafts {

  static final String INVALID_HOURS = "INVALID_HOURS";

  private BusinessHoursDrafts() {}

  /** The calendar, or {@link InvalidBusinessHours} with every reason it cannot be one. */
  static BusinessHours toCalendar(String timeZone, StoredHours hours) {
    List<String> problems = new ArrayList<>();
    ZoneId zone = zone(timeZone, problems);
    Map<DayOfWeek, List<OpeningInterval>> weekly = new EnumMap<>(DayOfWeek.class);
    for (WeeklyHoursSpec day : hours.weekly()) {
      interval(day.day().toString(), day.opens(), day.closes(), problems)
          .ifPresent(interval -> weekly.computeIfAbsent(day.day(), ignored -> new ArrayList<>()).add(interval));
    }
    List<Holiday> holidays = new ArrayList<>();
    for (HolidaySpec holiday : hours.holidays()) {
      holiday(holiday, problems).ifPresent(holidays::add);
    }
    try {
      BusinessHours calendar = new BusinessHours(zone, weekly, holidays);
      if (problems.isEmpty()) {
        return calendar;
      }
    } catch (InvalidBusinessHours overlaps) {
      problems.addAll(overlaps.problems());
    }
    throw new InvalidBusinessHours(problems);
  }

  static List<ConfigurationIssue> toIssues(InvalidBusinessHours invalid) {
    return invalid.problems().stream().map(problem -> new ConfigurationIssue(INVALID_HOURS, null, problem)).toList();
  }

  private static ZoneId zone(String timeZone, List<String> problems) {
    try {
      return ZoneId.of(timeZone);
    } catch (DateTimeException unknown) {
      problems.add("'" + timeZone + "' is not a time zone (use an IANA id such as Europe/London)");
      return ZoneId.of("UTC");
    }
  }

  private static Optional<Holiday> holiday(HolidaySpec holiday, List<String> problems) {
    LocalDate date;
    try {
      date = LocalDate.parse(holiday.date());
    } catch (DateTimeException invalid) {
      problems.add("'" + holiday.date() + "' is not a date");
      return Optional.empty();
    }
    List<OpeningInterval> special = new ArrayList<>();
    List<OpeningHoursSpec> hours = holiday.specialHours() == null ? List.of() : holiday.specialHours();
    hours.forEach(spec -> interval(holiday.date(), spec.opens(), spec.closes(), problems).ifPresent(special::add));
    return Optional.of(new Holiday(date, holiday.name(), special));
  }

  private static Optional<OpeningInterval> interval(
      String day, String opens, String closes, List<String> problems) {
    try {
      return Optional.of(OpeningInterval.of(opens, closes));
    } catch (IllegalArgumentException | DateTimeException invalid) {
      problems.add("on " + day + " the hours " + opens + "-" + closes + " must open before they close");
      return Optional.empty();
    }
  }
}
