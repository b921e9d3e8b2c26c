package org.confidant.api.staffing;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.confidant.reporting.api.StaffingQuestion;

/**
 * A staffing question: {@code calls} forecast over {@code intervalMinutes}, {@code averageHandleSeconds} each, and
 * the target {@code targetPercent}% answered within {@code targetSeconds}; for Erlang A also the callers'
 * {@code averagePatienceSeconds} (their mean time before hanging up), required there and ignored by Erlang C.
 */
public record StaffingRequest(
    @NotNull @Min(1) @Max(1440) Integer intervalMinutes,
    @NotNull @DecimalMin("0") @DecimalMax("1000000") Double calls,
    @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("86400") Double averageHandleSeconds,
    @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "100", inclusive = false)
        Double targetPercent,
    @NotNull @Min(0) @Max(3600) Integer targetSeconds,
    @NotNull(groups = ErlangA.class) @DecimalMin(value = "0", inclusive = false) @DecimalMax("86400")
        Double averagePatienceSeconds) {

  /** The validation group of an Erlang A question: the patience is needed. */
  public interface ErlangA {}

  public StaffingQuestion toQuestion() {
    return new StaffingQuestion(intervalMinutes * 60, calls, averageHandleSeconds, targetPercent, targetSeconds,
        averagePatienceSeconds);
  }
}
