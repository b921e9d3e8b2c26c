package org.confidant.recordings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class ByteRangeProperties {

  @Property
  void aSatisfiableRangeLiesInsideTheRecording(@ForAll @LongRange(min = 1, max = 1_000_000) long length,
      @ForAll @LongRange(min = 0, max = 2_000_000) long first, @ForAll @LongRange(min = 0, max = 2_000_000) long last) {
    try {
      Optional<ByteRange> range = ByteRange.requested("bytes=" + first + "-" + last, length);
      range.ifPresent(r -> {
        assertThat(r.first()).isEqualTo(first);
        assertThat(r.last()).isLessThan(length).isLessThanOrEqualTo(last);
        assertThat(r.length()).isPositive();
      });
      assertThat(range.isPresent()).isEqualTo(first <= last);
    } catch (UnsatisfiableRange unsatisfiable) {
      assertThat(first).isGreaterThanOrEqualTo(length).isLessThanOrEqualTo(last);
    }
  }

  @Property
  void aSuffixNeverAsksForMoreThanThereIs(@ForAll @LongRange(min = 1, max = 1_000_000) long length,
      @ForAll @LongRange(min = 1, max = 2_000_000) long count) {
    ByteRange range = ByteRange.requested("bytes=-" + count, length).orElseThrow();
    assertThat(range.last()).isEqualTo(length - 1);
    assertThat(range.length()).isEqualTo(Math.min(count, length));
  }
}
