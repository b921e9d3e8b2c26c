package org.confidant.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every report formula against six calls whose figures are worked out by hand below. */
class TrafficFiguresTest {

  private static final Instant NINE = Instant.parse("2026-11-24T09:00:00Z");
  private static final UUID QUEUE = UUID.randomUUID();
  private static final ReportSettings TWENTY_SECONDS =
      new ReportSettings(20, 5, ServiceLevelDenominator.ANSWERED_ONLY);

  //                      wait  talk  hold  wrap  transfers  end
  // 1 answered             10   120    30    20          0
  // 2 answered             25   200     0    40          0
  // 3 answered              5   100    10  null          1
  // 4 abandoned             3     -     -     -          0  (short: 3 < 5)
  // 5 abandoned            40     -     -     -          0
  // 6 callback scheduled   60     -     -     -          0
  private static final List<CallFact> TRAFFIC = List.of(
      answered(10, 120, 30, 20L, 0), answered(25, 200, 0, 40L, 0), answered(5, 100, 10, null, 1),
      left(3, true, "CALLER_HUNG_UP"), left(40, true, "CALLER_HUNG_UP"), left(60, false, "CALLBACK_SCHEDULED"));

  @Test
  void countsOfferedAnsweredAbandonedShortAbandonsTransfersAndCallbacks() {
    TrafficFigures figures = TrafficFigures.of(TrafficTotals.of(TRAFFIC, TWENTY_SECONDS), TWENTY_SECONDS);

    assertThat(figures.offered()).isEqualTo(6);
    assertThat(figures.answered()).isEqualTo(3);
    assertThat(figures.abandoned()).isEqualTo(2);
    assertThat(figures.shortAbandoned()).as("only the 3 s one is under 5 s").isEqualTo(1);
    assertThat(figures.transfers()).isEqualTo(1);
    assertThat(figures.callbacks()).isEqualTo(1);
    // abandon rate = 2 abandoned / 6 offered = 33.33 %
    assertThat(figures.abandonRatePercent()).isCloseTo(33.333, within(0.001));
  }

  @Test
  void averageSpeedOfAnswerAndHandleTimeAreOverAnsweredCalls() {
    TrafficFigures figures = TrafficFigures.of(TrafficTotals.of(TRAFFIC, TWENTY_SECONDS), TWENTY_SECONDS);

    // ASA = (10 + 25 + 5) / 3 = 40 / 3 = 13.333 s
    assertThat(figures.averageSpeedOfAnswerSeconds()).isCloseTo(13.333, within(0.001));
    // AHT = ((120+30+20) + (200+0+40) + (100+10+0)) / 3 = (170 + 240 + 110) / 3 = 520 / 3 = 173.333 s
    assertThat(figures.averageHandleTimeSeconds()).isCloseTo(173.333, within(0.001));
  }

  @Test
  void serviceLevelUsesTheDenominatorItIsLabelledWith() {
    // answered within 20 s: call 1 (10 s) and call 3 (5 s) = 2; call 2 waited 25 s
    TrafficFigures answeredOnly = TrafficFigures.of(TrafficTotals.of(TRAFFIC, TWENTY_SECONDS), TWENTY_SECONDS);
    // 2 / 3 answered = 66.667 %
    assertThat(answeredOnly.serviceLevelPercent()).isCloseTo(66.667, within(0.001));
    assertThat(answeredOnly.serviceLevelLabel()).isEqualTo("answered within 20 s ÷ answered");

    ReportSettings withAbandons = new ReportSettings(20, 5, ServiceLevelDenominator.ANSWERED_PLUS_ABANDONED);
    TrafficFigures plusAbandoned = TrafficFigures.of(TrafficTotals.of(TRAFFIC, withAbandons), withAbandons);
    // 2 / (3 answered + 2 abandoned) = 2 / 5 = 40 %
    assertThat(plusAbandoned.serviceLevelPercent()).isCloseTo(40.0, within(0.001));
    assertThat(plusAbandoned.serviceLevelLabel()).isEqualTo("answered within 20 s ÷ (answered + abandoned)");
  }

  @Test
  void theThresholdsAreInclusiveForServiceLevelAndExclusiveForShortAbandons() {
    ReportSettings settings = new ReportSettings(10, 3, ServiceLevelDenominator.ANSWERED_ONLY);
    TrafficFigures figures = TrafficFigures.of(TrafficTotals.of(TRAFFIC, settings), settings);
    // within 10 s: call 1 (exactly 10 s) and call 3 (5 s) → 2 / 3; abandoned under 3 s: none (3 s is not under 3 s)
    assertThat(figures.serviceLevelPercent()).isCloseTo(66.667, within(0.001));
    assertThat(figures.shortAbandoned()).isZero();
  }

  @Test
  void occupancyIsHandleTimeOverLoggedInTime() {
    TrafficTotals totals = TrafficTotals.of(TRAFFIC, TWENTY_SECONDS).withLoggedIn(1_040_000);
    // handle time 520 s / logged in 1040 s = 50 %
    assertThat(TrafficFigures.of(totals, TWENTY_SECONDS).occupancyPercent()).isCloseTo(50.0, within(0.001));
    assertThat(TrafficFigures.of(TrafficTotals.of(TRAFFIC, TWENTY_SECONDS), TWENTY_SECONDS).occupancyPercent())
        .as("no logged-in time: no occupancy").isNull();
  }

  @Test
  void anIntervalWithoutAnsweredCallsHasNoAveragesRatherThanZeros() {
    TrafficFigures figures = TrafficFigures.of(TrafficTotals.of(List.of(left(3, true, "CALLER_HUNG_UP")),
        TWENTY_SECONDS), TWENTY_SECONDS);
    assertThat(figures.averageSpeedOfAnswerSeconds()).isNull();
    assertThat(figures.averageHandleTimeSeconds()).isNull();
    assertThat(figures.serviceLevelPercent()).isNull();
  }

  private static CallFact answered(long wait, long talk, long hold, Long wrapUp, int transfers) {
    return new CallFact(UUID.randomUUID(), QUEUE, UUID.randomUUID(), NINE, NINE.plusSeconds(wait),
        NINE.plusSeconds(wait + talk + hold), wait * 1000, talk * 1000, hold * 1000,
        wrapUp == null ? null : wrapUp * 1000, transfers, false, false, "AGENT_HUNG_UP");
  }

  private static CallFact left(long wait, boolean abandoned, String cause) {
    return new CallFact(UUID.randomUUID(), QUEUE, null, NINE, null, NINE.plusSeconds(wait), wait * 1000, 0, 0, null,
        0, abandoned, "CALLBACK_SCHEDULED".equals(cause), cause);
  }
}
