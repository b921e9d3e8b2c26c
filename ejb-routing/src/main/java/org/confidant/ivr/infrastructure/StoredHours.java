package org.confidant.ivr.infrastructure;

import java.util.List;
import org.confidant.ivr.api.HolidaySpec;
import org.confidant.ivr.api.WeeklyHoursSpec;

/** The hours column of a calendar. */
public record StoredHours(List<WeeklyHoursSpec> weekly, List<HolidaySpec> holidays) {

  public StoredHours {
    weekly = weekly == null ? List.of() : List.copyOf(weekly);
    holidays = holidays == null ? List.of() : List.copyOf(holidays);
  }
}
