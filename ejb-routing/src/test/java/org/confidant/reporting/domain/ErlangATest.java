package org.confidant.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Erlang A against two independent references: Erlang C (which it must become when nobody hangs up) and a
 * discrete-event simulation of M/M/N+M written separately (Python, FCFS queue, exponential patience; 5 runs of
 * 400,000 callers each, mean ± standard error given beside each expected value).
 */
class ErlangATest {

  /** The classic example of ErlangCTest (100 calls in 30 min, 180 s, 80 % in 20 s), callers patient 120 s. */
  private static final StaffingDemand CLASSIC = new StaffingDemand(1800, 100, 180, 80, 20, 120.0);

  @Test
  void withCallersWhoNeverHangUpItIsErlangC() {
    StaffingDemand patient = new StaffingDemand(1800, 100, 180, 80, 20, 1e9);
    StaffingForecast a = ErlangA.forecast(patient, 14);
    StaffingForecast c = ErlangC.forecast(patient, 14);

    assertThat(a.probabilityOfWaiting()).isCloseTo(c.probabilityOfWaiting(), within(1e-5));
    assertThat(a.serviceLevelPercent()).isCloseTo(c.serviceLevelPercent(), within(1e-3));
    assertThat(a.averageSpeedOfAnswerSeconds()).isCloseTo(c.averageSpeedOfAnswerSeconds(), within(1e-3));
    assertThat(a.occupancyPercent()).isCloseTo(c.occupancyPercent(), within(1e-3));
    assertThat(a.abandonPercent()).isCloseTo(0, within(1e-4));
  }

  @Test
  void thirteenAndTwelveAgentsMatchTheSimulation() {
    StaffingForecast thirteen = ErlangA.forecast(CLASSIC, 13);
    assertThat(thirteen.probabilityOfWaiting()).isCloseTo(0.1932, within(0.002));   // ± 0.0003
    assertThat(thirteen.serviceLevelPercent()).isCloseTo(88.89, within(0.1));       // ± 0.013
    assertThat(thirteen.abandonPercent()).isCloseTo(3.82, within(0.05));            // ± 0.005
    assertThat(thirteen.averageSpeedOfAnswerSeconds()).isCloseTo(4.59, within(0.05)); // ± 0.006

    StaffingForecast twelve = ErlangA.forecast(CLASSIC, 12);
    assertThat(twelve.probabilityOfWaiting()).isCloseTo(0.2822, within(0.005));     // ± 0.0016
    assertThat(twelve.serviceLevelPercent()).isCloseTo(82.37, within(0.4));         // ± 0.13
    assertThat(twelve.abandonPercent()).isCloseTo(6.24, within(0.15));              // ± 0.05
    assertThat(twelve.averageSpeedOfAnswerSeconds()).isCloseTo(7.49, within(0.2));  // ± 0.06
  }

  @Test
  void anOverloadedIntervalMatchesTheSimulation() {
    // 360 calls in 30 min at 240 s = 48 Erlangs on 45 agents: Erlang C has no answer, Erlang A does.
    StaffingForecast forecast = ErlangA.forecast(new StaffingDemand(1800, 360, 240, 80, 15, 60.0), 45);
    assertThat(forecast.probabilityOfWaiting()).isCloseTo(0.4842, within(0.007));   // ± 0.0021
    assertThat(forecast.serviceLevelPercent()).isCloseTo(73.40, within(0.5));       // ± 0.16
    assertThat(forecast.abandonPercent()).isCloseTo(11.38, within(0.2));            // ± 0.07
    assertThat(forecast.averageSpeedOfAnswerSeconds()).isCloseTo(6.84, within(0.15)); // ± 0.04
    // Occupancy: the calls answered, λ·(1 − abandon)·AHT, over the agents.
    assertThat(forecast.occupancyPercent()).isCloseTo(100 * 48 * (1 - forecast.abandonPercent() / 100) / 45,
        within(0.01));
  }

  @Test
  void theFewestAgentsMeetTheTargetAndOneFewerDoesNot() {
    StaffingForecast needed = ErlangA.agentsNeeded(CLASSIC);

    assertThat(needed.model()).isEqualTo("ERLANG_A");
    // Erlang C asks 14 (ErlangCTest); callers who give up after 2 minutes on average shorten the line: 12 do.
    assertThat(needed.agents()).isEqualTo(12);
    assertThat(needed.serviceLevelPercent()).isGreaterThanOrEqualTo(80);
    assertThat(ErlangA.forecast(CLASSIC, 11).serviceLevelPercent()).isLessThan(80);
  }

  @Test
  void moreAgentsAnswerMoreAndLoseFewer() {
    StaffingDemand busy = new StaffingDemand(1800, 360, 240, 90, 15, 60.0);
    StaffingForecast before = ErlangA.forecast(busy, 30);
    for (int agents = 31; agents <= 70; agents++) {
      StaffingForecast after = ErlangA.forecast(busy, agents);
      assertThat(after.serviceLevelPercent()).isGreaterThan(before.serviceLevelPercent());
      assertThat(after.abandonPercent()).isLessThan(before.abandonPercent());
      before = after;
    }
  }

  @Test
  void aHugeLoadStaysFiniteAndFast() {
    // 5,000 Erlangs: products of thousands of rates would overflow a double; the logarithms do not.
    StaffingForecast needed = ErlangA.agentsNeeded(new StaffingDemand(3600, 100_000, 180, 80, 20, 90.0));
    assertThat(needed.agents()).isBetween(4_000, 5_100);
    assertThat(needed.serviceLevelPercent()).isBetween(80.0, 100.0);
    assertThat(needed.abandonPercent()).isBetween(0.0, 20.0);
  }

  @Test
  void quietIntervalsAndMissingPatienceAreHandled() {
    StaffingForecast none = ErlangA.forecast(new StaffingDemand(1800, 0, 180, 80, 20, 60.0), 1);
    assertThat(none.serviceLevelPercent()).isEqualTo(100.0);
    assertThat(none.abandonPercent()).isZero();
    assertThatThrownBy(() -> ErlangA.forecast(new StaffingDemand(1800, 10, 180, 80, 20, null), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
