package org.confidant.reporting.domain;

/**
 * Erlang C (M/M/N, callers never hang up). With A = offered load in Erlangs and N agents:
 * Erlang B by the recursion B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)) (no factorials, no overflow);
 * P(wait) = C = N·B / (N − A·(1 − B)); service level = 1 − C·e^(−(N − A)·T / AHT);
 * average speed of answer = C·AHT / (N − A); occupancy = A / N. With N ≤ A the queue grows without end:
 * every call waits, the service level is 0 and the wait infinite.
 */
public final class ErlangC {

  /** More agents than this is not a contact-center interval but a mistake in the input. */
  static final int MOST_AGENTS = 100_000;

  private ErlangC() {}

  /** Erlang B: the blocking probability of N servers under A Erlangs. */
  static double erlangB(double erlangs, int agents) {
    double b = 1.0;
    for (int n = 1; n <= agents; n++) {
      b = erlangs * b / (n + erlangs * b);
    }
    return b;
  }

  public static StaffingForecast forecast(StaffingDemand demand, int agents) {
    double a = demand.erlangs();
    if (agents <= a) {
      return new StaffingForecast("ERLANG_C", agents, a, 1.0, 0.0, Double.POSITIVE_INFINITY,
          100.0, null);
    }
    double b = erlangB(a, agents);
    double c = agents * b / (agents - a * (1 - b));
    double aht = demand.averageHandleSeconds();
    double serviceLevel = 1 - c * Math.exp(-(agents - a) * demand.targetSeconds() / aht);
    return new StaffingForecast("ERLANG_C", agents, a, c, 100 * serviceLevel, c * aht / (agents - a),
        100 * a / agents, null);
  }

  /** The fewest agents whose service level reaches the target. */
  public static StaffingForecast agentsNeeded(StaffingDemand demand) {
    int agents = Math.max(1, (int) Math.floor(demand.erlangs()) + 1);
    StaffingForecast forecast = forecast(demand, agents);
    while (forecast.serviceLevelPercent() < demand.targetPercent() && agents < MOST_AGENTS) {
      forecast = forecast(demand, ++agents);
    }
    return forecast;
  }
}
