package org.confidant.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.confidant.reporting.domain.LoggedInTime.StateEntry;
import org.junit.jupiter.api.Test;

class LoggedInTimeTest {

  private static Instant at(String time) {
    return Instant.parse("2026-11-24T" + time + "Z");
  }

  @Test
  void loggedInSpansAreCutAtIntervalBoundariesAndLoggedOutTimeIsLeftOut() {
    List<StateEntry> day = List.of(
        new StateEntry(at("08:50:00"), "NOT_READY"),   // before the report: counts from 09:00
        new StateEntry(at("09:10:00"), "AVAILABLE"),
        new StateEntry(at("09:20:00"), "ON_CALL"),
        new StateEntry(at("09:40:00"), "LOGGED_OUT"),
        new StateEntry(at("09:50:00"), "AVAILABLE"));  // until the report's end, 10:30

    Map<Instant, Long> perHalfHour = LoggedInTime.perInterval(day, at("09:00:00"), at("10:30:00"),
        ReportInterval.MINUTES_30, ZoneOffset.UTC);

    // 09:00–09:30: logged in all 30 min (not ready 10, available 10, on call 10)
    // 09:30–10:00: on call 09:30–09:40 (10 min) + available 09:50–10:00 (10 min) = 20 min
    // 10:00–10:30: available all 30 min
    assertThat(perHalfHour).containsExactly(
        Map.entry(at("09:00:00"), 30 * 60_000L), Map.entry(at("09:30:00"), 20 * 60_000L),
        Map.entry(at("10:00:00"), 30 * 60_000L));
  }
}
