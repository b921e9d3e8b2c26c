package org.confidant.ivr.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A business-hours calendar as an admin sends it: a name, an IANA time zone, weekly hours and holidays. */
@JsonbPropertyOrder({"name", "timeZone", "weekly", "holidays"})
public record BusinessHoursDraft(
    @NotBlank @Size(max = 64) String name,
    @NotBlank @Size(max = 64) String timeZone,
    @NotNull @Size(max = 70) List<@Valid @NotNull WeeklyHoursSpec> weekly,
    @Size(max = 400) List<@Valid @NotNull HolidaySpec> holidays) {

  static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d";
}
