package org.confidant.ivr.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * When a site answers calls: weekly opening hours per day of the week and holidays (closed, or open for special
 * hours), in the site's time zone. Hours are wall-clock times, so they follow daylight-saving changes: 09:00 is
 * 09:00 local on either side of a change. On the night clocks go forward, a local time inside the skipped hour
 * is passed at the end of the gap; on the night they go back, the repeated hour counts both times.
 */
public final class BusinessHours {

  /** How far {@link #nextOpening} looks: a year and a week covers every weekly pattern and a year of holidays. */
  static final int HORIZON_DAYS = 373;

  private final ZoneId zone;
  private final Map<DayOfWeek, List<OpeningInterval>> weekly;
  private final Map<LocalDate, Holiday> holidays;

  public BusinessHours(ZoneId zone, Map<DayOfWeek, List<OpeningInterval>> weekly, List<Holiday> holidays) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.weekly = new EnumMap<>(DayOfWeek.class);
    this.holidays = new HashMap<>();
    List<String> problems = new ArrayList<>();
    weekly.forEach((day, intervals) -> this.weekly.put(day, sorted(day.toString(), intervals, problems)));
    for (Holiday holiday : holidays) {
      if (this.holidays.containsKey(holiday.date())) {
        problems.add("the holiday " + holiday.date() + " is listed more than once");
      }
      this.holidays.put(holiday.date(),
          new Holiday(holiday.date(), holiday.name(),
              sorted(holiday.date().toString(), holiday.specialHours(), problems)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidBusinessHours(problems);
    }
  }

  public ZoneId zone() {
    return zone;
  }

  /** The hours of a date: the holiday's if it is one, else its day of the week's. */
  public List<OpeningInterval> hoursOn(LocalDate date) {
    Holiday holiday = holidays.get(date);
    return holiday != null ? holiday.specialHours() : weekly.getOrDefault(date.getDayOfWeek(), List.of());
  }

  public Optional<Holiday> holidayOn(LocalDate date) {
    return Optional.ofNullable(holidays.get(date));
  }

  public boolean isOpen(Instant instant) {
    ZonedDateTime local = instant.atZone(zone);
    return hoursOn(local.toLocalDate()).stream().anyMatch(hours -> hours.contains(local.toLocalTime()));
  }

  /** {@code from} itself when open then, else the first instant after it that is open; empty if never within a year. */
  public Optional<Instant> nextOpening(Instant from) {
    if (isOpen(from)) {
      return Optional.of(from);
    }
    LocalDate day = from.atZone(zone).toLocalDate();
    for (int i = 0; i <= HORIZON_DAYS; i++, day = day.plusDays(1)) {
      Optional<Instant> opens = openingsOn(day).stream()
          .filter(candidate -> candidate.isAfter(from) && isOpen(candidate))
          .findFirst();
      if (opens.isPresent()) {
        return opens;
      }
    }
    return Optional.empty();
  }

  /**
   * Every instant of a day at which a closed calendar may open, earliest first: the starts of its hours, and the
   * moment clocks change that day (going back may put the clock inside hours that opened an hour earlier).
   */
  private List<Instant> openingsOn(LocalDate day) {
    List<Instant> candidates = new ArrayList<>();
    hoursOn(day).forEach(hours -> candidates.addAll(instantsAt(day.atTime(hours.opens()))));
    Instant dayStarts = day.atStartOfDay(zone).toInstant();
    ZoneOffsetTransition change = zone.getRules().nextTransition(dayStarts.minusNanos(1));
    if (change != null && change.getInstant().isBefore(day.plusDays(1).atStartOfDay(zone).toInstant())) {
      candidates.add(change.getInstant());
    }
    candidates.sort(Comparator.naturalOrder());
    return candidates;
  }

  /**
   * The instants the wall clock shows {@code local}, earliest first: one on most days, two in the hour repeated when
   * clocks go back, and the end of the gap when clocks go forward past it.
   */
  private List<Instant> instantsAt(LocalDateTime local) {
    ZoneOffsetTransition transition = zone.getRules().getTransition(local);
    if (transition == null) {
      return List.of(local.atZone(zone).toInstant());
    }
    if (transition.isGap()) {
      return List.of(transition.getInstant());
    }
    return List.of(local.atOffset(transition.getOffsetBefore()).toInstant(),
        local.atOffset(transition.getOffsetAfter()).toInstant());
  }

  private static List<OpeningInterval> sorted(String day, List<OpeningInterval> intervals, List<String> problems) {
    List<OpeningInterval> ordered = new ArrayList<>(intervals);
    ordered.sort(Comparator.comparing(OpeningInterval::opens));
    for (int i = 1; i < ordered.size(); i++) {
      if (ordered.get(i - 1).overlaps(ordered.get(i))) {
        problems.add("on " + day + " the hours " + ordered.get(i - 1) + " and " + ordered.get(i) + " overlap");
      }
    }
    return List.copyOf(ordered);
  }
}
