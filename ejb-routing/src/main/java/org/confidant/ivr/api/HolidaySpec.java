package org.confidant.ivr.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A date ("yyyy-MM-dd") closed all day, or open only for its special hours. */
@JsonbPropertyOrder({"date", "name", "specialHours"})
public record HolidaySpec(
    @NotNull @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String date,
    @Size(max = 64) String name,
    @Size(max = 6) List<@Valid @NotNull OpeningHoursSpec> specialHours) {}
