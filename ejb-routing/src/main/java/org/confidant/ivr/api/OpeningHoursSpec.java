package org.confidant.ivr.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Opening hours within a day, "HH:mm" wall-clock times; a close of "00:00" means the end of the day. */
public record OpeningHoursSpec(
    @NotNull @Pattern(regexp = BusinessHoursDraft.TIME) String opens,
    @NotNull @Pattern(regexp = BusinessHoursDraft.TIME) String closes) {}
