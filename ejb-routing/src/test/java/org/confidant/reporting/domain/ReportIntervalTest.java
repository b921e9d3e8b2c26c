package org.confidant.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReportIntervalTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Test
  void theHourAFallBackRepeatsGivesTwoIntervals() {
    // 2026-10-25 03:00 CEST becomes 02:00 CET: 02:10 happens at 00:10Z (+02:00) and again at 01:10Z (+01:00).
    assertThat(ReportInterval.HOUR.start(Instant.parse("2026-10-25T00:10:00Z"), PARIS))
        .isEqualTo(Instant.parse("2026-10-25T00:00:00Z"));
    assertThat(ReportInterval.HOUR.start(Instant.parse("2026-10-25T01:10:00Z"), PARIS))
        .isEqualTo(Instant.parse("2026-10-25T01:00:00Z"));
    assertThat(ReportInterval.MINUTES_15.start(Instant.parse("2026-10-25T01:44:59Z"), PARIS))
        .isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
  }

  @Test
  void daysStartAtLocalMidnightAndLast23Or25HoursAcrossDst() {
    Instant fallBackDay = ReportInterval.DAY.start(Instant.parse("2026-10-25T12:00:00Z"), PARIS);
    assertThat(fallBackDay).isEqualTo(Instant.parse("2026-10-24T22:00:00Z"));   // 00:00 CEST
    assertThat(Duration.between(fallBackDay, ReportInterval.DAY.next(fallBackDay, PARIS))).hasHours(25);
    Instant springDay = ReportInterval.DAY.start(Instant.parse("2026-03-29T12:00:00Z"), PARIS);
    assertThat(springDay).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));     // 00:00 CET
    assertThat(Duration.between(springDay, ReportInterval.DAY.next(springDay, PARIS))).hasHours(23);
  }

  @Test
  void aFallBackDayHas25HourlyIntervalsAndTheFirstStartsAtOrBeforeFrom() {
    Instant midnight = Instant.parse("2026-10-24T22:00:00Z");
    var hours = ReportInterval.HOUR.starts(midnight, Instant.parse("2026-10-25T23:00:00Z"), PARIS);
    assertThat(hours).hasSize(25).startsWith(midnight).endsWith(Instant.parse("2026-10-25T22:00:00Z"));
    // from 09:20 local: the first interval is the one holding it, 09:00 local (08:00Z in winter time)
    assertThat(ReportInterval.HOUR.starts(Instant.parse("2026-11-03T08:20:00Z"), Instant.parse("2026-11-03T10:00:00Z"),
        PARIS)).containsExactly(Instant.parse("2026-11-03T08:00:00Z"), Instant.parse("2026-11-03T09:00:00Z"));
  }

  @Test
  void weeksStartOnMondayAndMonthsOnTheFirst() {
    // Sunday 2026-10-25 belongs to the week of Monday 2026-10-19 (00:00 CEST = 2026-10-18T22:00Z).
    assertThat(ReportInterval.WEEK.start(Instant.parse("2026-10-25T12:00:00Z"), PARIS))
        .isEqualTo(Instant.parse("2026-10-18T22:00:00Z"));
    // October 2026 starts 00:00 CEST (22:00Z the day before); November at 00:00 CET (23:00Z).
    Instant october = ReportInterval.MONTH.start(Instant.parse("2026-10-25T12:00:00Z"), PARIS);
    assertThat(october).isEqualTo(Instant.parse("2026-09-30T22:00:00Z"));
    assertThat(ReportInterval.MONTH.next(october, PARIS)).isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
  }

  @Test
  void minuteIntervalsFollowTheLocalClockInZonesOffByAQuarterHour() {
    // Kathmandu is +05:45: 00:20Z is 06:05 local, whose hour began at 06:00 local = 00:15Z.
    ZoneId kathmandu = ZoneId.of("Asia/Kathmandu");
    assertThat(ReportInterval.HOUR.start(Instant.parse("2026-01-01T00:20:00Z"), kathmandu))
        .isEqualTo(Instant.parse("2026-01-01T00:15:00Z"));
    assertThat(ReportInterval.MINUTES_30.start(Instant.parse("2026-01-01T00:20:00Z"), kathmandu))
        .isEqualTo(Instant.parse("2026-01-01T00:15:00Z"));
  }
}
