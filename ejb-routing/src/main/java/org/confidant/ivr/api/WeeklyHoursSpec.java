package org.confidant.ivr.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.DayOfWeek;

/** Opening hours on a day of the week; a day may have several (a lunch break). */
@JsonbPropertyOrder({"day", "opens", "closes"})
public record WeeklyHoursSpec(
    @NotNull DayOfWeek day,
    @NotNull @Pattern(regexp = BusinessHoursDraft.TIME) String opens,
    @NotNull @Pattern(regexp = BusinessHoursDraft.TIME) String closes) {}
