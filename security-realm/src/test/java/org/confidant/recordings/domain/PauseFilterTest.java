package org.confidant.recordings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PauseFilterTest {

  @Test
  void pausedSpansAreCutOutAndTheGapsSayWhere() throws IOException {
    PauseFilter filter = new PauseFilter(List.of(PausedSpan.parse("3-6"), PausedSpan.parse("8-10")));
    String kept = passInChunks(filter, "abcPINefXXgh", 5);
    assertThat(kept).isEqualTo("abcefgh");
    assertThat(filter.sourceBytes()).isEqualTo(12);
    assertThat(filter.storedBytes()).isEqualTo(7);
    assertThat(filter.gaps()).containsExactly(new PauseGap(3, 3, 3), new PauseGap(5, 8, 2));
  }

  @Test
  void aSpanPastTheEndIsClippedAndOneAfterItLeavesNoGap() throws IOException {
    PauseFilter filter = new PauseFilter(List.of(new PausedSpan(4, 100), new PausedSpan(200, 300)));
    assertThat(passInChunks(filter, "keepDROP", 3)).isEqualTo("keep");
    assertThat(filter.gaps()).containsExactly(new PauseGap(4, 4, 4));
  }

  @Test
  void spansMayComeInAnyOrderButMustNotOverlap() throws IOException {
    PauseFilter filter = new PauseFilter(List.of(new PausedSpan(6, 7), new PausedSpan(0, 2)));
    assertThat(passInChunks(filter, "xxabcdyz", 1)).isEqualTo("abcdz");
    assertThatThrownBy(() -> new PauseFilter(List.of(new PausedSpan(0, 5), new PausedSpan(4, 6))))
        .isInstanceOf(InvalidPausedSpans.class);
  }

  @Test
  void aSpanIsWrittenStartDashEnd() {
    assertThat(PausedSpan.parse("16000-48000")).isEqualTo(new PausedSpan(16000, 48000));
    assertThatThrownBy(() -> PausedSpan.parse("48000-16000")).isInstanceOf(InvalidPausedSpans.class);
    assertThatThrownBy(() -> PausedSpan.parse("5-5")).isInstanceOf(InvalidPausedSpans.class);
    assertThatThrownBy(() -> PausedSpan.parse("five-six")).isInstanceOf(InvalidPausedSpans.class);
  }

  static String passInChunks(PauseFilter filter, String source, int chunk) throws IOException {
    byte[] bytes = source.getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    for (int at = 0; at < bytes.length; at += chunk) {
      filter.pass(bytes, at, Math.min(chunk, bytes.length - at), kept::write);
    }
    return kept.toString(StandardCharsets.US_ASCII);
  }
}
