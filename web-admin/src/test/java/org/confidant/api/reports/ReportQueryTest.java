package org.confidant.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.confidant.reporting.api.ReportRequest;
import org.junit.jupiter.api.Test;

class ReportQueryTest {

  @Test
  void datesAreMidnightInTheReportsZone() {
    ReportRequest request = ReportQuery.of("2026-10-25", "2026-10-26", "HOUR", "Europe/Paris", 20, "ANSWERED_ONLY")
        .toRequest("UTC");
    assertThat(request.from()).isEqualTo(Instant.parse("2026-10-24T22:00:00Z"));
    assertThat(request.to()).isEqualTo(Instant.parse("2026-10-25T23:00:00Z"));
    assertThat(request.zone()).isEqualTo("Europe/Paris");
  }

  @Test
  void aPeriodRunsForwardForAtMost400Days() {
    assertThat(ReportQuery.of("2026-10-26", "2026-10-25", "HOUR", null, 20, "ANSWERED_ONLY").isPeriod()).isFalse();
    assertThat(ReportQuery.of("2026-10-25", "2026-10-25", "HOUR", null, 20, "ANSWERED_ONLY").isPeriod()).isFalse();
    assertThat(ReportQuery.of("2025-01-01", "2026-10-25", "DAY", null, 20, "ANSWERED_ONLY").isPeriod()).isFalse();
    assertThat(ReportQuery.of("2026-10-01T00:00:00Z", "2026-11-01", "DAY", null, 20, "ANSWERED_ONLY").isPeriod())
        .isTrue();
    assertThat(ReportQuery.of("2026-01-01", "2026-06-01", "MINUTES_15", null, 20, "ANSWERED_ONLY").isPeriod())
        .as("quarter hours over 100 days at most").isFalse();
  }

  @Test
  void onlyKnownZonesAreAccepted() {
    assertThat(ReportQuery.of("2026-10-25", "2026-10-26", "HOUR", "Mars/Olympus", 20, "ANSWERED_ONLY").isZoneKnown())
        .isFalse();
    assertThat(ReportQuery.of("2026-10-25", "2026-10-26", "HOUR", "Asia/Kathmandu", 20, "ANSWERED_ONLY")
        .isZoneKnown()).isTrue();
  }
}
