package org.confidant.console.agent;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The screen pop's latency on this server: from a QUEUED event entering the REST API (the event that gets a call
 * offered when an agent is free) to the OFFER frame leaving for the agent's socket — the benchmark's measure
 * (bench/screenpop-bench.sh). Calls offered later (when an agent frees up) are not counted: their wait is the queue's.
 * Bounded memory: stamps older than a minute are dropped, and beyond {@value #CAPACITY} samples every n-th is kept.
 */
@ApplicationScoped
public class PopLatency {

  static final int CAPACITY = 200_000;
  private static final long STALE_NANOS = 60_000_000_000L;
  private static final int SWEEP_AT = 20_000;

  private final Map<UUID, Long> entered = new ConcurrentHashMap<>();
  private final long[] samples = new long[CAPACITY];
  private int size;
  private long seen;
  private long firstSentNanos;
  private long lastSentNanos;

  /** A QUEUED event for the call entered the server now. */
  public void entered(UUID callId) {
    long now = System.nanoTime();
    if (entered.size() >= SWEEP_AT) {
      entered.values().removeIf(stamp -> now - stamp > STALE_NANOS);
    }
    entered.put(callId, now);
  }

  /** The call's OFFER frame left for the agent's socket now. */
  void popSent(UUID callId) {
    Long stamp = entered.remove(callId);
    if (stamp != null) {
      record(System.nanoTime() - stamp);
    }
  }

  private synchronized void record(long nanos) {
    long now = System.nanoTime();
    if (seen == 0) {
      firstSentNanos = now;
    }
    lastSentNanos = now;
    seen++;
    if (size < CAPACITY) {
      samples[size++] = nanos;
    } else {
      samples[(int) (seen % CAPACITY)] = nanos;
    }
  }

  /** Pops sent since the last reset, their latency percentiles (ms) and the rate they left at. */
  public synchronized Figures figures() {
    long[] sorted = Arrays.copyOf(samples, size);
    Arrays.sort(sorted);
    double seconds = (lastSentNanos - firstSentNanos) / 1e9;
    return new Figures(seen, millis(sorted, 50), millis(sorted, 95), millis(sorted, 99),
        size == 0 ? 0 : sorted[size - 1] / 1e6, seconds > 0 ? (seen - 1) / seconds : 0);
  }

  public synchronized void reset() {
    size = 0;
    seen = 0;
    entered.clear();
  }

  private static double millis(long[] sorted, double percentile) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  /** Latency figures in milliseconds; {@code framesPerSecond} between the first and the last pop sent. */
  public record Figures(long pops, double p50Millis, double p95Millis, double p99Millis, double maxMillis,
      double framesPerSecond) {}
}
