package org.confidant.ivr.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.confidant.ivr.api.HolidaySpec;
import org.confidant.ivr.api.OpeningHoursSpec;
import org.confidant.ivr.api.WeeklyHoursSpec;
import org.confidant.ivr.domain.BusinessHours;
import org.confidant.ivr.domain.InvalidBusinessHours;
import org.confidant.ivr.domain.OpeningInterval;
import org.confidant.ivr.infrastructure.StoredHours;
import org.junit.jupiter.api.Test;

class BusinessHoursDraftsTest {

  @Test
  void weeklyHoursAndHolidaysBecomeACalendar() {
    BusinessHours calendar = BusinessHoursDrafts.toCalendar("America/New_York", new StoredHours(
        List.of(new WeeklyHoursSpec(DayOfWeek.MONDAY, "08:00", "12:00"),
            new WeeklyHoursSpec(DayOfWeek.MONDAY, "13:00", "17:00")),
        List.of(new HolidaySpec("2026-12-24", "Christmas Eve", List.of(new OpeningHoursSpec("09:00", "11:00"))))));

    assertThat(calendar.hoursOn(LocalDate.parse("2026-11-23")))
        .containsExactly(OpeningInterval.of("08:00", "12:00"), OpeningInterval.of("13:00", "17:00"));
    assertThat(calendar.hoursOn(LocalDate.parse("2026-12-24"))).containsExactly(OpeningInterval.of("09:00", "11:00"));
    assertThat(calendar.isOpen(Instant.parse("2026-11-23T17:30:00Z"))).as("12:30 EST, lunch").isFalse();
  }

  @Test
  void everyProblemOfACalendarIsReportedAtOnce() {
    StoredHours hours = new StoredHours(
        List.of(new WeeklyHoursSpec(DayOfWeek.MONDAY, "18:00", "08:00"),
            new WeeklyHoursSpec(DayOfWeek.TUESDAY, "08:00", "12:30"),
            new WeeklyHoursSpec(DayOfWeek.TUESDAY, "12:00", "18:00")),
        List.of(new HolidaySpec("2026-02-30", "No such day", null)));

    assertThatThrownBy(() -> BusinessHoursDrafts.toCalendar("Mars/Olympus_Mons", hours))
        .isInstanceOfSatisfying(InvalidBusinessHours.class, invalid -> assertThat(invalid.problems()).containsExactly(
            "'Mars/Olympus_Mons' is not a time zone (use an IANA id such as Europe/London)",
            "on MONDAY the hours 18:00-08:00 must open before they close",
            "'2026-02-30' is not a date",
            "on TUESDAY the hours 08:00-12:30 and 12:00-18:00 overlap"));
  }
}
