package org.confidant.ivr.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A stored calendar, its version, and whether it is open now (else when it opens next, if within a year). */
@JsonbPropertyOrder({"id", "name", "version", "timeZone", "openNow", "nextOpening", "weekly", "holidays"})
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
