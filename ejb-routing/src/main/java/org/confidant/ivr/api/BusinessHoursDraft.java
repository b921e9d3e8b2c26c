package org.confidant.ivr.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.confidant.routing.api.Revision;

/**
 * A business-hours calendar as an admin sends it: a name, an IANA time zone, weekly hours and holidays; a
 * replacement carries the version it loaded (ignored on create).
 */
@JsonbPropertyOrder({"name", "version", "timeZone", "weekly", "holidays"})
public record BusinessHoursDraft(
    @NotBlank @Size(max = 64) String name,
    @NotBlank @Size(max = 64) String timeZone,
    @NotNull @Size(max = 70) List<@Valid @NotNull WeeklyHoursSpec> weekly,
    @Size(max = 400) List<@Valid @NotNull HolidaySpec> holidays,
    @NotNull(groups = Revision.class) Long version) {

  static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d";
}
