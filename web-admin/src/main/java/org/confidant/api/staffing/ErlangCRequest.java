package org.confidant.api.staffing;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.confidant.reporting.api.StaffingQuestion;

/**
 * An Erlang C question: {@code calls} forecast over {@code intervalMinutes}, {@code averageHandleSeconds} each, and
 * the target {@code targetPercent}% answered within {@code targetSeconds}.
 */
public record ErlangCRequest(
    @NotNull @Min(1) @Max(1440) Integer intervalMinutes,
    @NotNull @DecimalMin("0") @DecimalMax("1000000") Double calls,
    @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("86400") Double averageHandleSeconds,
    @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "100", inclusive = false)
        Double targetPercent,
    @NotNull @Min(0) @Max(3600) Integer targetSeconds) {

  public StaffingQuestion toQuestion() {
    return new StaffingQuestion(intervalMinutes * 60, calls, averageHandleSeconds, targetPercent, targetSeconds);
  }
}
