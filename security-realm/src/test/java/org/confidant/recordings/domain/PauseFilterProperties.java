package org.confidant.recordings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class PauseFilterProperties {

  /** Whatever the chunking, the kept bytes are exactly the source without the paused ones, and the gaps add up. */
  @Property
  void keepsExactlyTheUnpausedBytes(@ForAll @IntRange(min = 0, max = 300) int length,
      @ForAll @Size(max = 12) Set<@IntRange(min = 0, max = 320) Integer> cuts,
      @ForAll @IntRange(min = 1, max = 64) int chunk) throws IOException {
    List<PausedSpan> spans = spansFrom(new TreeSet<>(cuts));
    StringBuilder source = new StringBuilder();
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < length; i++) {
      char c = (char) ('a' + i % 26);
      source.append(c);
      int at = i;
      if (spans.stream().noneMatch(span -> span.start() <= at && at < span.end())) {
        expected.append(c);
      }
    }
    PauseFilter filter = new PauseFilter(spans);
    assertThat(PauseFilterTest.passInChunks(filter, source.toString(), chunk)).isEqualTo(expected.toString());
    assertThat(filter.storedBytes() + filter.gaps().stream().mapToLong(PauseGap::length).sum()).isEqualTo(length);
    for (PauseGap gap : filter.gaps()) {
      assertThat(gap.storedOffset()).isLessThanOrEqualTo(filter.storedBytes());
    }
  }

  /** Sorted distinct cut points, taken in pairs, are non-overlapping spans. */
  private static List<PausedSpan> spansFrom(TreeSet<Integer> cuts) {
    List<Integer> points = new ArrayList<>(cuts);
    List<PausedSpan> spans = new ArrayList<>();
    for (int i = 0; i + 1 < points.size(); i += 2) {
      spans.add(new PausedSpan(points.get(i), points.get(i + 1)));
    }
    return spans;
  }
}
