package org.confidant.telephony.simulator;

import java.util.Arrays;

/** Keeps durations (nanoseconds) and answers percentiles; bounded memory by keeping every n-th beyond a cap. */
final class LatencyRecorder {

  private static final int CAPACITY = 200_000;
  private final long[] samples = new long[CAPACITY];
  private int size;
  private long seen;

  void record(long nanos) {
    seen++;
    if (size < CAPACITY) {
      samples[size++] = nanos;
    } else {
      samples[(int) (seen % CAPACITY)] = nanos;
    }
  }

  double percentileMicros(double percentile) {
    if (size == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(samples, size);
    Arrays.sort(sorted);
    int index = (int) Math.ceil(percentile / 100 * size) - 1;
    return sorted[Math.max(0, Math.min(size - 1, index))] / 1_000.0;
  }
}
