package org.confidant.recordings.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.StreamingAead;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.confidant.recordings.domain.ByteRange;
import org.confidant.recordings.domain.PauseFilter;
import org.confidant.recordings.domain.PauseGap;
import org.confidant.recordings.domain.PausedSpan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedMediaFilesTest {

  private static final byte[] MARKER = "PLAINTEXT-MARKER-7f3a".getBytes(StandardCharsets.US_ASCII);

  @TempDir Path directory;

  private EncryptedMediaFiles files;
  private StreamingAead cipher;
  private final UUID id = UUID.randomUUID();

  @BeforeEach
  void keys() throws GeneralSecurityException {
    files = new EncryptedMediaFiles(directory);
    cipher = TestKeys.streamCipher();
  }

  /** 3 MB of media (several 1 MB segments) with the marker every 100 kB. */
  static byte[] media(int length) {
    byte[] media = new byte[length];
    for (int i = 0; i < length; i++) {
      media[i] = (byte) (i * 31 + (i >> 8));
    }
    for (int at = 0; at + MARKER.length < length; at += 100_000) {
      System.arraycopy(MARKER, 0, media, at, MARKER.length);
    }
    return media;
  }

  @Test
  void storesCiphertextOnlyAndHashesThePlaintext() throws Exception {
    byte[] media = media(3_000_000);
    StoredMedia stored = files.store(id, cipher, new ByteArrayInputStream(media), new PauseFilter(List.of()));

    assertThat(stored.sizeBytes()).isEqualTo(media.length);
    assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(media)));
    assertThat(stored.gaps()).isEmpty();
    try (Stream<Path> all = Files.walk(directory)) {
      List<Path> written = all.filter(Files::isRegularFile).toList();
      assertThat(written).containsExactly(files.fileOf(id));
      byte[] onDisk = Files.readAllBytes(written.get(0));
      assertThat(indexOf(onDisk, MARKER)).as("no plaintext on disk").isEqualTo(-1);
    }
  }

  @Test
  void anyRangeDecryptsToExactlyThosePlaintextBytes() throws Exception {
    byte[] media = media(2_500_000);
    files.store(id, cipher, new ByteArrayInputStream(media), new PauseFilter(List.of()));
    for (ByteRange range : List.of(new ByteRange(0, 0), new ByteRange(1_048_000, 1_049_000),
        new ByteRange(2_000_000, 2_499_999), ByteRange.whole(media.length))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      files.copy(id, cipher, range, out);
      assertThat(out.toByteArray())
          .isEqualTo(Arrays.copyOfRange(media, (int) range.first(), (int) range.last() + 1));
    }
  }

  @Test
  void pausedSpansNeverReachTheFile() throws Exception {
    byte[] media = "before-CARD-4111-1111-after".getBytes(StandardCharsets.US_ASCII);
    StoredMedia stored = files.store(id, cipher, new ByteArrayInputStream(media),
        new PauseFilter(List.of(new PausedSpan(7, 22))));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    files.copy(id, cipher, ByteRange.whole(stored.sizeBytes()), out);
    assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo("before-after");
    assertThat(stored.gaps()).containsExactly(new PauseGap(7, 7, 15));
  }

  @Test
  void aFileDoesNotDecryptUnderAnotherRecordingsId() throws Exception {
    files.store(id, cipher, new ByteArrayInputStream(media(1000)), new PauseFilter(List.of()));
    UUID other = UUID.randomUUID();
    Files.createDirectories(files.fileOf(other).getParent());
    Files.copy(files.fileOf(id), files.fileOf(other));
    assertThatThrownBy(() -> files.copy(other, cipher, new ByteRange(0, 9), new ByteArrayOutputStream()))
        .isInstanceOf(IOException.class);
  }

  @Test
  void aFailedUploadLeavesNoFile() throws Exception {
    InputStream failing = new InputStream() {
      private int left = 200_000;

      @Override
      public int read() throws IOException {
        if (left-- <= 0) {
          throw new IOException("client went away");
        }
        return 'x';
      }
    };
    assertThatThrownBy(() -> files.store(id, cipher, failing, new PauseFilter(List.of())))
        .isInstanceOf(IOException.class);
    try (Stream<Path> all = Files.walk(directory)) {
      assertThat(all.filter(Files::isRegularFile)).isEmpty();
    }
    assertThat(files.exists(id)).isFalse();
  }

  /** Where {@code needle} is in {@code haystack}, or -1 (Latin-1 maps every byte to one char). */
  static int indexOf(byte[] haystack, byte[] needle) {
    return new String(haystack, StandardCharsets.ISO_8859_1).indexOf(new String(needle, StandardCharsets.ISO_8859_1));
  }
}
