package org.confidant.bench.recordings;

import com.google.crypto.tink.StreamingAead;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.confidant.recordings.domain.PauseFilter;
import org.confidant.recordings.infrastructure.EncryptedMediaFiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One operation = 8 MiB of plaintext encrypted, so MiB/s = ops/s × 8 (small, so that a brief warm-up still reaches
 * compiled code). Three ways, in the same JVM and run:
 *
 * <ul>
 *   <li>{@code rawAesGcm}: the JDK's AES-256-GCM, one {@code doFinal} per 1 MiB segment into a reused buffer — the
 *       ceiling;
 *   <li>{@code streamingAead}: Tink's AES256_GCM_HKDF_1MB encrypting stream (what a recording's key is) into a
 *       stream that discards — the streaming encryption itself;
 *   <li>{@code ingestToDisk}: the whole ingest path of {@link EncryptedMediaFiles#store}: paused-span filter,
 *       SHA-256 of the plaintext, streaming AEAD, file on disk, fsync and atomic rename.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
public class StreamingEncryptionBenchmark {

  static final int MIB = 1 << 20;
  static final int PLAINTEXT = 8 * MIB;
  private static final int CHUNK = 64 * 1024;

  private StreamingAead streaming;
  private Cipher gcm;
  private SecretKeySpec key;
  private final byte[] segment = new byte[MIB];
  private final byte[] sealed = new byte[MIB + 16];
  private final byte[] chunk = new byte[CHUNK];
  private final byte[] nonce = new byte[12];
  private long counter;
  private Path directory;
  private EncryptedMediaFiles files;

  @Setup(Level.Trial)
  public void keys() throws GeneralSecurityException, IOException {
    streaming = Keys.streamCipher();
    byte[] raw = new byte[32];
    new SecureRandom().nextBytes(raw);
    key = new SecretKeySpec(raw, "AES");
    gcm = Cipher.getInstance("AES/GCM/NoPadding");
    new GeneratedMedia(MIB).read(segment, 0, MIB);
    new GeneratedMedia(CHUNK).read(chunk, 0, CHUNK);
    directory = Files.createTempDirectory("recordings-bench");
    files = new EncryptedMediaFiles(directory);
  }

  @TearDown(Level.Trial)
  public void removeFiles() throws IOException {
    try (Stream<Path> all = Files.walk(directory)) {
      for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  @Benchmark
  public int rawAesGcm() throws GeneralSecurityException {
    int written = 0;
    for (int i = 0; i < PLAINTEXT / MIB; i++) {
      nonce[0] = (byte) counter;
      nonce[1] = (byte) (counter >> 8);
      nonce[2] = (byte) (counter >> 16);
      nonce[3] = (byte) (counter++ >> 24);
      gcm.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
      written += gcm.doFinal(segment, 0, MIB, sealed, 0);
    }
    return written;
  }

  @Benchmark
  public long streamingAead() throws GeneralSecurityException, IOException {
    Discard sink = new Discard();
    try (OutputStream out = streaming.newEncryptingStream(sink, new byte[] {1})) {
      for (int i = 0; i < PLAINTEXT / CHUNK; i++) {
        out.write(chunk, 0, CHUNK);
      }
    }
    return sink.count;
  }

  @Benchmark
  public long ingestToDisk() throws IOException {
    UUID id = UUID.randomUUID();
    long stored = files.store(id, streaming, new GeneratedMedia(PLAINTEXT), new PauseFilter(List.of())).sizeBytes();
    files.delete(id);
    return stored;
  }

  /** Counts what it is given and keeps nothing. */
  static final class Discard extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      count += length;
    }
  }
}
