package org.confidant.ivr.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A stored calendar, its version, and whether it is open now (else when it opens next, if within a year). */
public record BusinessHoursView(
    UUID id,
    String name,
    long version,
    String timeZone,
    List<WeeklyHoursSpec> weekly,
    List<HolidaySpec> holidays,
    boolean openNow,
    Instant nextOpening) {

  public BusinessHoursView {
    weekly = List.copyOf(weekly);
    holidays = List.copyOf(holidays);
  }
}
