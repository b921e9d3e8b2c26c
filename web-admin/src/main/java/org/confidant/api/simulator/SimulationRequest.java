package org.confidant.api.simulator;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Objects;
import org.confidant.telephony.api.SimulationSettings;

/**
 * A simulator run as asked for; every field is optional and defaults to a gentle demo (one call a second for 100
 * calls, 10 agents, one-minute talks). Durations are means in milliseconds.
 */
public record SimulationRequest(
    Long seed,
    @Min(0) @Max(10_000_000) Integer calls,
    @DecimalMin("0.01") @DecimalMax("1000") Double arrivalsPerSecond,
    @Min(1) @Max(10_000) Integer agents,
    @Min(1) @Max(120_000) Long meanRingMillis,
    @Min(1) @Max(7_200_000) Long meanTalkMillis,
    @Min(1) @Max(7_200_000) Long meanPatienceMillis,
    @Min(0) @Max(3_600_000) Long wrapUpMillis,
    @DecimalMin("0") @DecimalMax("1") Double ivrShare,
    @DecimalMin("0") @DecimalMax("1") Double holdShare,
    @DecimalMin("0") @DecimalMax("1") Double noAnswerShare) {

  /** A run with every setting at its default. */
  public static SimulationRequest defaults() {
    return new SimulationRequest(null, null, null, null, null, null, null, null, null, null, null);
  }

  public SimulationSettings toSettings() {
    return new SimulationSettings(
        Objects.requireNonNullElse(seed, 1L),
        Objects.requireNonNullElse(calls, 100),
        Objects.requireNonNullElse(arrivalsPerSecond, 1.0),
        Objects.requireNonNullElse(agents, 10),
        Objects.requireNonNullElse(meanRingMillis, 3_000L),
        Objects.requireNonNullElse(meanTalkMillis, 60_000L),
        Objects.requireNonNullElse(meanPatienceMillis, 90_000L),
        Objects.requireNonNullElse(wrapUpMillis, 10_000L),
        Objects.requireNonNullElse(ivrShare, 0.6),
        Objects.requireNonNullElse(holdShare, 0.2),
        Objects.requireNonNullElse(noAnswerShare, 0.05));
  }
}
