package org.confidant.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The classic worked example (100 calls in 30 minutes, 180 s handle time, 80 % in 20 s: 10 Erlangs, 14 agents)
 * and a heavier one (360 calls in 30 minutes, 240 s, 55 agents, 15 s). Expected values were computed
 * independently from the closed formulas (Python, same Erlang B recursion) and agree with the published tables
 * for this example: 13 agents give 79.6 %, 14 give 88.8 %.
 */
class ErlangCTest {

  private static final StaffingDemand CLASSIC = new StaffingDemand(1800, 100, 180, 80, 20, null);

  @Test
  void theLoadIsCallsTimesHandleTimeOverTheInterval() {
    // A = 100 × 180 / 1800 = 10 Erlangs
    assertThat(CLASSIC.erlangs()).isEqualTo(10.0);
  }

  @Test
  void thirteenAgentsFallJustShortAndFourteenMeetEightyInTwenty() {
    StaffingForecast thirteen = ErlangC.forecast(CLASSIC, 13);
    assertThat(thirteen.probabilityOfWaiting()).isCloseTo(0.2853, within(0.0001));
    // SL = 1 − 0.2853 × e^(−(13 − 10) × 20 / 180) = 1 − 0.2853 × 0.7165 = 79.56 %
    assertThat(thirteen.serviceLevelPercent()).isCloseTo(79.56, within(0.01));
    // ASA = 0.2853 × 180 / (13 − 10) = 17.12 s
    assertThat(thirteen.averageSpeedOfAnswerSeconds()).isCloseTo(17.12, within(0.01));

    StaffingForecast needed = ErlangC.agentsNeeded(CLASSIC);
    assertThat(needed.agents()).isEqualTo(14);
    assertThat(needed.probabilityOfWaiting()).isCloseTo(0.1741, within(0.0001));
    // SL = 1 − 0.1741 × e^(−4 × 20 / 180) = 88.84 %; ASA = 0.1741 × 180 / 4 = 7.84 s; occupancy = 10 / 14
    assertThat(needed.serviceLevelPercent()).isCloseTo(88.84, within(0.01));
    assertThat(needed.averageSpeedOfAnswerSeconds()).isCloseTo(7.84, within(0.01));
    assertThat(needed.occupancyPercent()).isCloseTo(71.43, within(0.01));
  }

  @Test
  void aHeavierIntervalMatchesItsWorkedFigures() {
    // A = 360 × 240 / 1800 = 48 Erlangs; 55 agents
    StaffingForecast forecast = ErlangC.forecast(new StaffingDemand(1800, 360, 240, 80, 15, null), 55);
    assertThat(forecast.probabilityOfWaiting()).isCloseTo(0.2387, within(0.0001));
    assertThat(forecast.serviceLevelPercent()).isCloseTo(84.59, within(0.01));
    assertThat(forecast.averageSpeedOfAnswerSeconds()).isCloseTo(8.18, within(0.01));
    assertThat(forecast.occupancyPercent()).isCloseTo(87.27, within(0.01));
  }

  @Test
  void aHugeLoadStaysFiniteWithoutFactorials() {
    // 5000 Erlangs: A^N / N! would overflow a double long before this; the recursion does not.
    StaffingForecast forecast = ErlangC.forecast(new StaffingDemand(3600, 100_000, 180, 80, 20, null), 5100);
    assertThat(forecast.probabilityOfWaiting()).isCloseTo(0.1029, within(0.0001));
    assertThat(forecast.serviceLevelPercent()).isBetween(99.99, 100.0);
  }

  @Test
  void tooFewAgentsForTheLoadNeverCatchUp() {
    StaffingForecast overloaded = ErlangC.forecast(CLASSIC, 10);
    assertThat(overloaded.probabilityOfWaiting()).isEqualTo(1.0);
    assertThat(overloaded.serviceLevelPercent()).isZero();
    assertThat(overloaded.averageSpeedOfAnswerSeconds()).isInfinite();
  }
}
