package org.confidant.ivr.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BusinessHoursTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private final BusinessHours london = ClinicFlow.weekdays();

  @Test
  void openOnWeekdaysWithinTheHoursAndClosedOutsideThem() {
    assertThat(london.isOpen(at("2026-11-23T08:00:00Z"))).as("Monday 08:00 opens").isTrue();
    assertThat(london.isOpen(at("2026-11-23T17:59:59Z"))).isTrue();
    assertThat(london.isOpen(at("2026-11-23T18:00:00Z"))).as("18:00 is closed").isFalse();
    assertThat(london.isOpen(at("2026-11-23T07:59:59Z"))).isFalse();
    assertThat(london.isOpen(at("2026-11-22T12:00:00Z"))).as("Sunday").isFalse();
  }

  @Test
  void londonHoursFollowTheClocksAcrossTheSpringChange() {
    // Clocks go forward on Sunday 29 March 2026: 08:00 local is 08:00Z on the Friday, 07:00Z on the Monday.
    assertThat(london.isOpen(at("2026-03-27T07:30:00Z"))).isFalse();
    assertThat(london.isOpen(at("2026-03-30T07:30:00Z"))).isTrue();
    assertThat(london.isOpen(at("2026-03-30T17:30:00Z"))).as("18:30 BST").isFalse();
    assertThat(london.nextOpening(at("2026-03-27T18:00:00Z"))).contains(at("2026-03-30T07:00:00Z"));
  }

  @Test
  void londonHoursFollowTheClocksAcrossTheAutumnChange() {
    // Clocks go back on Sunday 25 October 2026: Friday 18:00 BST is 17:00Z, Monday 08:00 GMT is 08:00Z.
    Instant fridayClose = at("2026-10-23T17:00:00Z");
    assertThat(london.isOpen(fridayClose.minusSeconds(1))).isTrue();
    assertThat(london.isOpen(fridayClose)).isFalse();
    assertThat(london.nextOpening(fridayClose)).contains(at("2026-10-26T08:00:00Z"));
    assertThat(Duration.between(fridayClose, at("2026-10-26T08:00:00Z"))).isEqualTo(Duration.ofHours(63));
  }

  @Test
  void newYorkWeekendAcrossTheSpringChangeIsAnHourShorter() {
    BusinessHours newYork = weekdays(NEW_YORK, OpeningInterval.of("09:00", "17:00"));
    Instant fridayClose = at("2026-03-06T22:00:00Z"); // 17:00 EST

    Instant mondayOpen = newYork.nextOpening(fridayClose).orElseThrow();

    assertThat(mondayOpen).isEqualTo(at("2026-03-09T13:00:00Z")); // 09:00 EDT
    assertThat(Duration.between(fridayClose, mondayOpen)).isEqualTo(Duration.ofHours(63));
  }

  @Test
  void hoursOpeningInTheSkippedHourOpenWhenTheClocksJumpPastIt() {
    // New York skips 02:00-03:00 on Sunday 8 March 2026: 02:30 local never happens, so the line opens at 03:00 EDT.
    BusinessHours sunday = on(NEW_YORK, DayOfWeek.SUNDAY, OpeningInterval.of("02:30", "04:00"));

    assertThat(sunday.isOpen(at("2026-03-08T06:59:59Z"))).as("01:59:59 EST").isFalse();
    assertThat(sunday.isOpen(at("2026-03-08T07:00:00Z"))).as("03:00 EDT").isTrue();
    assertThat(sunday.nextOpening(at("2026-03-08T05:00:00Z"))).contains(at("2026-03-08T07:00:00Z"));
  }

  @Test
  void hoursWhollyInTheSkippedHourDoNotOpenThatDay() {
    BusinessHours sunday = on(NEW_YORK, DayOfWeek.SUNDAY, OpeningInterval.of("02:00", "02:45"));

    assertThat(sunday.nextOpening(at("2026-03-08T05:00:00Z"))).contains(at("2026-03-15T06:00:00Z"));
  }

  @Test
  void theRepeatedHourCountsBothTimesWhenTheClocksGoBack() {
    // New York repeats 01:00-02:00 on Sunday 1 November 2026: first in EDT (05:00Z), then in EST (06:00Z).
    BusinessHours sunday = on(NEW_YORK, DayOfWeek.SUNDAY, OpeningInterval.of("00:30", "01:30"));

    assertThat(sunday.isOpen(at("2026-11-01T05:15:00Z"))).as("01:15 EDT").isTrue();
    assertThat(sunday.isOpen(at("2026-11-01T05:45:00Z"))).as("01:45 EDT").isFalse();
    assertThat(sunday.isOpen(at("2026-11-01T06:15:00Z"))).as("01:15 EST").isTrue();
    assertThat(sunday.nextOpening(at("2026-11-01T05:45:00Z"))).as("the clock turns back into the hours")
        .contains(at("2026-11-01T06:00:00Z"));
  }

  @Test
  void aHolidayClosesTheDayAndNextOpeningSkipsIt() {
    Instant christmasMorning = at("2026-12-25T10:00:00Z"); // a Friday

    assertThat(london.isOpen(christmasMorning)).isFalse();
    assertThat(london.holidayOn(LocalDate.parse("2026-12-25"))).map(Holiday::name).contains("Christmas Day");
    assertThat(london.nextOpening(christmasMorning)).contains(at("2026-12-28T08:00:00Z"));
  }

  @Test
  void aHolidayWithSpecialHoursOpensOnlyThen() {
    BusinessHours christmasEve = new BusinessHours(ClinicFlow.LONDON, Map.of(),
        List.of(new Holiday(LocalDate.parse("2026-12-24"), "Christmas Eve",
            List.of(OpeningInterval.of("09:00", "12:00")))));

    assertThat(christmasEve.isOpen(at("2026-12-24T11:59:00Z"))).isTrue();
    assertThat(christmasEve.isOpen(at("2026-12-24T12:00:00Z"))).isFalse();
    assertThat(christmasEve.nextOpening(at("2026-12-24T13:00:00Z"))).isEmpty();
  }

  @Test
  void aWholeDayRunsFromMidnightToMidnight() {
    BusinessHours saturday = on(ClinicFlow.LONDON, DayOfWeek.SATURDAY, OpeningInterval.of("00:00", "00:00"));

    assertThat(saturday.isOpen(at("2026-11-21T00:00:00Z"))).isTrue();
    assertThat(saturday.isOpen(at("2026-11-21T23:59:59Z"))).isTrue();
    assertThat(saturday.isOpen(at("2026-11-22T00:00:00Z"))).isFalse();
  }

  @Test
  void openingNowIsNow() {
    Instant mondayNoon = at("2026-11-23T12:00:00Z");

    assertThat(london.nextOpening(mondayNoon)).contains(mondayNoon);
  }

  @Test
  void overlappingHoursAndRepeatedHolidaysAreAllRefused() {
    Map<DayOfWeek, List<OpeningInterval>> weekly = Map.of(DayOfWeek.MONDAY,
        List.of(OpeningInterval.of("12:00", "18:00"), OpeningInterval.of("08:00", "12:30")));
    List<Holiday> holidays = List.of(Holiday.closed(LocalDate.parse("2026-12-25"), "Christmas"),
        Holiday.closed(LocalDate.parse("2026-12-25"), "Christmas again"));

    assertThatThrownBy(() -> new BusinessHours(ClinicFlow.LONDON, weekly, holidays))
        .isInstanceOfSatisfying(InvalidBusinessHours.class, invalid -> assertThat(invalid.problems()).containsExactly(
            "on MONDAY the hours 08:00-12:30 and 12:00-18:00 overlap",
            "the holiday 2026-12-25 is listed more than once"));
  }

  @Test
  void hoursMustOpenBeforeTheyClose() {
    assertThatThrownBy(() -> OpeningInterval.of("18:00", "08:00"))
        .hasMessage("opening hours must open before they close: 18:00-08:00");
  }

  private static BusinessHours weekdays(ZoneId zone, OpeningInterval hours) {
    Map<DayOfWeek, List<OpeningInterval>> weekly = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
        weekly.put(day, List.of(hours));
      }
    }
    return new BusinessHours(zone, weekly, List.of());
  }

  private static BusinessHours on(ZoneId zone, DayOfWeek day, OpeningInterval hours) {
    return new BusinessHours(zone, Map.of(day, List.of(hours)), List.of());
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }
}
