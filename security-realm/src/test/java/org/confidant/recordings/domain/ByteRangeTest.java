package org.confidant.recordings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ByteRangeTest {

  @Test
  void aClosedRangeIsAnsweredAsAsked() {
    assertThat(ByteRange.requested("bytes=10-19", 100)).contains(new ByteRange(10, 19));
    assertThat(new ByteRange(10, 19).length()).isEqualTo(10);
    assertThat(new ByteRange(10, 19).contentRange(100)).isEqualTo("bytes 10-19/100");
  }

  @Test
  void anOpenRangeRunsToTheEnd() {
    assertThat(ByteRange.requested("bytes=90-", 100)).contains(new ByteRange(90, 99));
  }

  @Test
  void aLastBeyondTheEndIsClippedToIt() {
    assertThat(ByteRange.requested("bytes=90-1000", 100)).contains(new ByteRange(90, 99));
  }

  @Test
  void aSuffixRangeIsTheLastBytes() {
    assertThat(ByteRange.requested("bytes=-10", 100)).contains(new ByteRange(90, 99));
    assertThat(ByteRange.requested("bytes=-500", 100)).contains(new ByteRange(0, 99));
  }

  @Test
  void noHeaderOrAHeaderWeIgnoreMeansTheWhole() {
    assertThat(ByteRange.requested(null, 100)).isEmpty();
    assertThat(ByteRange.requested("bytes=0-1,5-6", 100)).as("several ranges").isEmpty();
    assertThat(ByteRange.requested("items=0-1", 100)).as("another unit").isEmpty();
    assertThat(ByteRange.requested("bytes=20-10", 100)).as("last before first").isEmpty();
    assertThat(ByteRange.requested("bytes=-", 100)).isEmpty();
  }

  @Test
  void aRangeStartingAtOrAfterTheEndIsUnsatisfiable() {
    assertThatThrownBy(() -> ByteRange.requested("bytes=100-", 100))
        .isInstanceOfSatisfying(UnsatisfiableRange.class, e -> assertThat(e.length()).isEqualTo(100));
    assertThatThrownBy(() -> ByteRange.requested("bytes=-0", 100)).isInstanceOf(UnsatisfiableRange.class);
  }

  @Test
  void theUnitIsCaseInsensitive() {
    assertThat(ByteRange.requested("Bytes=0-0", 1)).isEqualTo(Optional.of(new ByteRange(0, 0)));
  }

  @Test
  void theWholeOfARecordingIsItsFirstToLastByte() {
    assertThat(ByteRange.whole(5)).isEqualTo(new ByteRange(0, 4));
  }
}
