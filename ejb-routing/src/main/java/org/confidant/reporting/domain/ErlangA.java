package org.confidant.reporting.domain;

/**
 * Erlang A (M/M/N+M, Palm's model): callers arrive at rate λ, are handled at rate μ = 1 / AHT by N agents, and a
 * caller still waiting hangs up at rate θ = 1 / mean patience. Unlike Erlang C the queue is always stable, and
 * callers who give up are counted instead of assumed away.
 *
 * <p>Computed from the birth–death chain of the number of calls in the system, not from closed forms with
 * factorials: π(k) ∝ ∏ λ / d(j) for j ≤ k, with d(j) = min(j, N)·μ + max(j − N, 0)·θ, in logarithms (no overflow
 * at thousands of Erlangs) and cut where the tail is below 10⁻¹⁵. A caller who arrives to k ≥ N calls waits at
 * position p = k − N + 1 and is answered with probability ∏ (Nμ + (i−1)θ) / (Nμ + iθ), i = 1..p. Whether they are
 * answered within the target time T follows from the same caller's chain (position → position − 1 at rate
 * Nμ + (p−1)θ, hang-up at rate θ), solved by uniformisation in steps short enough for the Poisson weights.
 *
 * <p>Service level = calls answered within T ÷ calls offered (callers who hang up count against it, however soon);
 * average speed of answer = mean time spent waiting by every caller, answered or not (Little: mean queue ÷ λ);
 * occupancy = mean busy agents ÷ N.
 */
public final class ErlangA {

  private static final double NEGLIGIBLE = 1e-15;
  /** Uniformisation step: Λ·Δ at most this, so e^(−ΛΔ) stays far from underflow. */
  private static final double MOST_EVENTS_PER_STEP = 50;

  private ErlangA() {}

  public static StaffingForecast forecast(StaffingDemand demand, int agents) {
    if (demand.averagePatienceSeconds() == null) {
      throw new IllegalArgumentException("Erlang A needs the callers' average patience");
    }
    if (agents < 1) {
      throw new IllegalArgumentException("at least one agent");
    }
    double lambda = demand.arrivalsPerSecond();
    double mu = 1 / demand.averageHandleSeconds();
    double theta = 1 / demand.averagePatienceSeconds();
    double[] calls = callsInSystem(lambda, mu, theta, agents);
    double waiting = 0;
    double abandoning = 0;
    double queued = 0;
    double busy = 0;
    int positions = Math.max(0, calls.length - agents);
    double[] answeredInTime = answeredWithin(demand.targetSeconds(), agents * mu, theta, positions);
    double answeredWithinTarget = 0;
    double served = 1;
    for (int k = 0; k < calls.length; k++) {
      busy += Math.min(k, agents) * calls[k];
      if (k < agents) {
        answeredWithinTarget += calls[k];
        continue;
      }
      int position = k - agents + 1;
      served *= (agents * mu + (position - 1) * theta) / (agents * mu + position * theta);
      waiting += calls[k];
      abandoning += calls[k] * (1 - served);
      queued += (k - agents) * calls[k];
      answeredWithinTarget += calls[k] * answeredInTime[position];
    }
    double averageWait = lambda == 0 ? 0 : queued / lambda;
    return new StaffingForecast("ERLANG_A", agents, demand.erlangs(), waiting, 100 * answeredWithinTarget,
        averageWait, 100 * busy / agents, 100 * abandoning);
  }

  /**
   * The fewest agents whose service level reaches the target (it grows with every agent added). Fewer than
   * target × A agents cannot reach it — they answer at most N·μ of λ calls a second — so the search starts there,
   * doubles its step until the target is met, then halves the gap.
   */
  public static StaffingForecast agentsNeeded(StaffingDemand demand) {
    int tooFew = Math.max(0, (int) Math.ceil(demand.targetPercent() / 100 * demand.erlangs()) - 1);
    int step = 1;
    int enough = tooFew + step;
    while (!meetsTarget(demand, enough) && enough < ErlangC.MOST_AGENTS) {
      tooFew = enough;
      step *= 2;
      enough = Math.min(ErlangC.MOST_AGENTS, tooFew + step);
    }
    while (enough - tooFew > 1) {
      int middle = (tooFew + enough) >>> 1;
      if (meetsTarget(demand, middle)) {
        enough = middle;
      } else {
        tooFew = middle;
      }
    }
    return forecast(demand, enough);
  }

  private static boolean meetsTarget(StaffingDemand demand, int agents) {
    return forecast(demand, agents).serviceLevelPercent() >= demand.targetPercent();
  }

  /** π(k), k = 0.. until the tail is negligible; sums to 1. */
  static double[] callsInSystem(double lambda, double mu, double theta, int agents) {
    double[] logWeights = new double[16];
    int size = 1;
    double logWeight = 0;
    double largest = 0;
    for (int k = 1; ; k++) {
      double departures = Math.min(k, agents) * mu + Math.max(k - agents, 0) * theta;
      logWeight += Math.log(lambda) - Math.log(departures);
      boolean pastThePeak = lambda < departures;
      if (pastThePeak && logWeight - largest < Math.log(NEGLIGIBLE)) {
        break;
      }
      if (size == logWeights.length) {
        logWeights = java.util.Arrays.copyOf(logWeights, size * 2);
      }
      logWeights[size++] = logWeight;
      largest = Math.max(largest, logWeight);
    }
    double[] probabilities = new double[size];
    double total = 0;
    for (int k = 0; k < size; k++) {
      probabilities[k] = Math.exp(logWeights[k] - largest);
      total += probabilities[k];
    }
    for (int k = 0; k < size; k++) {
      probabilities[k] /= total;
    }
    return probabilities;
  }

  /**
   * For each queue position p = 1..positions, the probability that a caller starting there is answered within
   * {@code seconds}; index 0 (answered already) is 1.
   */
  static double[] answeredWithin(double seconds, double serviceRate, double theta, int positions) {
    double[] answered = new double[positions + 1];
    answered[0] = 1;
    if (seconds <= 0 || positions == 0) {
      return answered;
    }
    double fastest = serviceRate + positions * theta;
    int steps = (int) Math.ceil(fastest * seconds / MOST_EVENTS_PER_STEP);
    double events = fastest * seconds / steps;
    for (int step = 0; step < steps; step++) {
      answered = uniformised(answered, events, fastest, serviceRate, theta);
    }
    return answered;
  }

  /** One step of Σ Poisson(m; events) · Pᵐ · answered, P the caller's chain made uniform at rate {@code fastest}. */
  private static double[] uniformised(double[] answered, double events, double fastest, double serviceRate,
      double theta) {
    double[] power = answered.clone();
    double[] sum = new double[answered.length];
    double weight = Math.exp(-events);
    double covered = 0;
    for (int m = 0; covered < 1 - NEGLIGIBLE && m < 10 * events + 100; m++) {
      for (int p = 0; p < sum.length; p++) {
        sum[p] += weight * power[p];
      }
      covered += weight;
      weight *= events / (m + 1);
      for (int p = power.length - 1; p >= 1; p--) {
        double forward = (serviceRate + (p - 1) * theta) / fastest;
        double stay = 1 - (serviceRate + p * theta) / fastest;
        power[p] = forward * power[p - 1] + stay * power[p];
      }
    }
    return sum;
  }
}
