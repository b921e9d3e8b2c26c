package org.confidant.ivr.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BusinessHoursProperties {

  /** Zones with daylight saving north and south, none, and a half-hour change (Lord Howe). */
  private static final List<String> ZONES = List.of("Europe/London", "America/New_York", "Australia/Sydney",
      "Asia/Kolkata", "Australia/Lord_Howe", "UTC");
  private static final Instant YEAR_START = Instant.parse("2026-01-01T00:00:00Z");
  private static final Duration PROBE_STEP = Duration.ofMinutes(10);

  @Property(tries = 300)
  void theNextOpeningIsOpenAndTheCalendarIsClosedUntilThen(
      @ForAll("calendars") BusinessHours calendar, @ForAll("instants") Instant from) {
    Optional<Instant> next = calendar.nextOpening(from);

    assertThat(next.isPresent()).as("a calendar with weekly hours opens within a week")
        .isEqualTo(hasWeeklyHours(calendar));
    next.ifPresent(opens -> {
      assertThat(calendar.isOpen(opens)).isTrue();
      assertThat(opens).isAfterOrEqualTo(from);
      for (Instant probe = from; probe.isBefore(opens); probe = probe.plus(PROBE_STEP)) {
        assertThat(calendar.isOpen(probe)).as("open at %s before the next opening %s", probe, opens).isFalse();
      }
    });
  }

  private static boolean hasWeeklyHours(BusinessHours calendar) {
    Instant monday = Instant.parse("2026-01-05T12:00:00Z");
    for (int day = 0; day < 7; day++) {
      if (!calendar.hoursOn(monday.atZone(calendar.zone()).toLocalDate().plusDays(day)).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(0, Duration.ofDays(365).toSeconds()).map(YEAR_START::plusSeconds);
  }

  @Provide
  Arbitrary<BusinessHours> calendars() {
    Arbitrary<List<OpeningInterval>> day = Arbitraries.integers().between(0, 96).set().ofMinSize(0).ofMaxSize(4)
        .map(BusinessHoursProperties::intervals);
    return Combinators.combine(Arbitraries.of(ZONES), day.list().ofSize(7)).as((zone, days) -> {
      Map<DayOfWeek, List<OpeningInterval>> weekly = new EnumMap<>(DayOfWeek.class);
      for (DayOfWeek dayOfWeek : DayOfWeek.values()) {
        weekly.put(dayOfWeek, days.get(dayOfWeek.ordinal()));
      }
      return new BusinessHours(ZoneId.of(zone), weekly, List.of());
    });
  }

  /** Quarter-hour marks, sorted and paired: {a, b, c, d} becomes a-b and c-d (96 is midnight, the end of the day). */
  private static List<OpeningInterval> intervals(Set<Integer> marks) {
    List<Integer> sorted = marks.stream().sorted().toList();
    List<OpeningInterval> intervals = new ArrayList<>();
    for (int i = 0; i + 1 < sorted.size(); i += 2) {
      intervals.add(new OpeningInterval(quarter(sorted.get(i)), quarter(sorted.get(i + 1))));
    }
    return intervals;
  }

  private static LocalTime quarter(int mark) {
    return mark == 96 ? LocalTime.MIDNIGHT : LocalTime.of(mark / 4, (mark % 4) * 15);
  }
}
