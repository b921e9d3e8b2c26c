package org.confidant.recordings.domain;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts the paused spans out of a stream as it passes, chunk by chunk, in constant memory: what it hands on is what
 * is stored (and hashed), and {@link #gaps()} says afterwards where the holes are. Spans reaching past the end of
 * the stream are clipped to it; spans starting after it leave no gap.
 */
public final class PauseFilter {

  /** Where the kept bytes go. */
  @FunctionalInterface
  public interface KeptBytes {
    void write(byte[] bytes, int offset, int count) throws IOException;
  }

  private final List<PausedSpan> spans;
  private long sourceOffset;
  private long storedOffset;

  public PauseFilter(List<PausedSpan> spans) {
    this.spans = ordered(spans);
  }

  private static List<PausedSpan> ordered(List<PausedSpan> spans) {
    List<PausedSpan> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingLong(PausedSpan::start));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).start() < sorted.get(i - 1).end()) {
        throw new InvalidPausedSpans("paused spans must not overlap");
      }
    }
    return List.copyOf(sorted);
  }

  /** Passes the next {@code count} source bytes; the kept ones go to {@code kept}, in order. */
  public void pass(byte[] bytes, int offset, int count, KeptBytes kept) throws IOException {
    long chunkEnd = sourceOffset + count;
    long at = sourceOffset;
    for (PausedSpan span : spans) {
      if (span.end() <= at || span.start() >= chunkEnd) {
        continue;
      }
      keep(bytes, offset, at, span.start(), kept);
      at = Math.min(span.end(), chunkEnd);
    }
    keep(bytes, offset, at, chunkEnd, kept);
    sourceOffset = chunkEnd;
  }

  private void keep(byte[] bytes, int offset, long from, long to, KeptBytes kept) throws IOException {
    if (to > from) {
      kept.write(bytes, offset + (int) (from - sourceOffset), (int) (to - from));
      storedOffset += to - from;
    }
  }

  public long sourceBytes() {
    return sourceOffset;
  }

  public long storedBytes() {
    return storedOffset;
  }

  /** The holes left in what has passed so far, in order. */
  public List<PauseGap> gaps() {
    List<PauseGap> gaps = new ArrayList<>();
    long removedBefore = 0;
    for (PausedSpan span : spans) {
      long end = Math.min(span.end(), sourceOffset);
      if (end <= span.start()) {
        break;
      }
      gaps.add(new PauseGap(span.start() - removedBefore, span.start(), end - span.start()));
      removedBefore += end - span.start();
    }
    return gaps;
  }
}
