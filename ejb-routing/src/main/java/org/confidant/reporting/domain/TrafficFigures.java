package org.confidant.reporting.domain;

/**
 * A report row's figures. Averages and shares are null when their denominator is zero (no answered call, no
 * logged-in time), never a made-up zero.
 *
 * <ul>
 *   <li>average speed of answer = Σ wait of answered calls ÷ answered</li>
 *   <li>average handle time = Σ (talk + hold + wrap-up) ÷ answered</li>
 *   <li>service level = answered within T ÷ answered, or ÷ (answered + abandoned), as the denominator says</li>
 *   <li>abandon rate = abandoned ÷ offered</li>
 *   <li>occupancy = Σ handle time ÷ logged-in time</li>
 * </ul>
 */
public record TrafficFigures(long offered, long answered, long abandoned, long shortAbandoned,
    Double averageSpeedOfAnswerSeconds, Double averageHandleTimeSeconds, Double serviceLevelPercent,
    String serviceLevelLabel, Double abandonRatePercent, Double occupancyPercent, long transfers, long callbacks) {

  public static TrafficFigures of(TrafficTotals totals, ReportSettings settings) {
    long slDenominator = settings.denominator() == ServiceLevelDenominator.ANSWERED_ONLY
        ? totals.answered() : totals.answered() + totals.abandoned();
    Long loggedIn = totals.loggedInMillis();
    return new TrafficFigures(totals.offered(), totals.answered(), totals.abandoned(), totals.shortAbandoned(),
        ratio(totals.answerWaitMillis() / 1000.0, totals.answered()),
        ratio(totals.handleMillis() / 1000.0, totals.answered()),
        percent(totals.answeredWithinThreshold(), slDenominator),
        settings.denominator().label().replace("T", settings.serviceLevelSeconds() + " s"),
        percent(totals.abandoned(), totals.offered()),
        loggedIn == null ? null : percent(totals.handleMillis(), loggedIn),
        totals.transfers(), totals.callbacks());
  }

  private static Double ratio(double sum, long count) {
    return count == 0 ? null : sum / count;
  }

  private static Double percent(long part, long whole) {
    return whole == 0 ? null : 100.0 * part / whole;
  }
}
