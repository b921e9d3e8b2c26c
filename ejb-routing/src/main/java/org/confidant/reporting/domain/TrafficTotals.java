package org.confidant.reporting.domain;

import java.util.Collection;

/**
 * The sums a report row is computed from — what the SQL aggregate returns per interval and queue or agent.
 * {@link #of} computes the same sums in Java (the specification of the query, and the unit tests' input).
 * {@code loggedInMillis} is null where logged-in time does not apply (queue rows).
 */
public record TrafficTotals(long offered, long answered, long abandoned, long shortAbandoned,
    long answeredWithinThreshold, long answerWaitMillis, long talkMillis, long holdMillis, long wrapUpMillis,
    long transfers, long callbacks, Long loggedInMillis) {

  public static final TrafficTotals NONE = new TrafficTotals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null);

  public static TrafficTotals of(Collection<CallFact> calls, ReportSettings settings) {
    TrafficTotals totals = NONE;
    for (CallFact call : calls) {
      totals = totals.plus(call, settings);
    }
    return totals;
  }

  private TrafficTotals plus(CallFact call, ReportSettings settings) {
    boolean answer = call.answered();
    return new TrafficTotals(offered + 1,
        answered + (answer ? 1 : 0),
        abandoned + (call.abandoned() ? 1 : 0),
        shortAbandoned + (call.abandoned() && call.waitMillis() < settings.shortAbandonMillis() ? 1 : 0),
        answeredWithinThreshold + (answer && call.waitMillis() <= settings.serviceLevelMillis() ? 1 : 0),
        answerWaitMillis + (answer ? call.waitMillis() : 0),
        talkMillis + call.talkMillis(), holdMillis + call.holdMillis(),
        wrapUpMillis + (call.wrapUpMillis() == null ? 0 : call.wrapUpMillis()),
        transfers + call.transfers(), callbacks + (call.callback() ? 1 : 0), loggedInMillis);
  }

  public TrafficTotals withLoggedIn(long millis) {
    return new TrafficTotals(offered, answered, abandoned, shortAbandoned, answeredWithinThreshold, answerWaitMillis,
        talkMillis, holdMillis, wrapUpMillis, transfers, callbacks, millis);
  }

  public long handleMillis() {
    return talkMillis + holdMillis + wrapUpMillis;
  }
}
