package org.confidant.reporting.domain;

/**
 * An interval's forecast: {@code calls} arriving over {@code intervalSeconds}, each handled in
 * {@code averageHandleSeconds} on average, and the target of {@code targetPercent}% answered within
 * {@code targetSeconds}. {@code averagePatienceSeconds} (callers' mean time before hanging up) is for Erlang A only.
 */
public record StaffingDemand(int intervalSeconds, double calls, double averageHandleSeconds, double targetPercent,
    int targetSeconds, Double averagePatienceSeconds) {

  public StaffingDemand {
    if (intervalSeconds <= 0 || calls < 0 || averageHandleSeconds <= 0 || targetSeconds < 0
        || targetPercent <= 0 || targetPercent >= 100
        || (averagePatienceSeconds != null && averagePatienceSeconds <= 0)) {
      throw new IllegalArgumentException("an interval, calls, a handle time and a target below 100 % are needed");
    }
  }

  /** The offered load in Erlangs: calls × handle time ÷ interval length. */
  public double erlangs() {
    return calls * averageHandleSeconds / intervalSeconds;
  }

  public double arrivalsPerSecond() {
    return calls / intervalSeconds;
  }
}
