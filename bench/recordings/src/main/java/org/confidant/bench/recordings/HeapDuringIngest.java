package org.confidant.bench.recordings;

import com.google.crypto.tink.StreamingAead;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.confidant.recordings.domain.PauseFilter;
import org.confidant.recordings.domain.PausedSpan;
import org.confidant.recordings.infrastructure.EncryptedMediaFiles;
import org.confidant.recordings.infrastructure.StoredMedia;

/**
 * Is the heap flat while a recording is ingested? Ingests generated streams of the sizes given (MiB; default 10 and
 * 1024) through {@link EncryptedMediaFiles#store} — with one paused span, so the filter works too — while a sampler
 * forces a GC every 200 ms and keeps the largest heap in use after it. Flat means the 1 GiB ingest's figure is
 * about the 10 MiB one's; run it with a small -Xmx to make buffering impossible.
 */
public final class HeapDuringIngest {

  private HeapDuringIngest() {}

  public static void main(String[] args) throws Exception {
    List<Long> sizes = args.length == 0 ? List.of(10L, 1024L) : List.of(args).stream().map(Long::parseLong).toList();
    StreamingAead cipher = Keys.streamCipher();
    Path directory = Files.createTempDirectory("recordings-heap");
    EncryptedMediaFiles files = new EncryptedMediaFiles(directory);
    System.out.printf(Locale.ROOT, "max heap %d MiB%n", Runtime.getRuntime().maxMemory() >> 20);
    for (long mib : sizes) {
      measure(files, cipher, mib);
    }
    try (Stream<Path> left = Files.walk(directory)) {
      for (Path path : left.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static void measure(EncryptedMediaFiles files, StreamingAead cipher, long mib) throws Exception {
    long length = mib << 20;
    AtomicLong maxAfterGc = new AtomicLong();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        System.gc();
        maxAfterGc.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    UUID id = UUID.randomUUID();
    long started = System.nanoTime();
    sampler.start();
    StoredMedia stored = files.store(id, cipher, new GeneratedMedia(length),
        new PauseFilter(List.of(new PausedSpan(length / 2, length / 2 + 4096))));
    sampler.interrupt();
    sampler.join();
    double seconds = (System.nanoTime() - started) / 1e9;
    files.delete(id);
    System.out.printf(Locale.ROOT, "ingest %5d MiB: %7.1f MiB/s, stored %d bytes, max heap used after GC %6.1f MiB%n",
        mib, mib / seconds, stored.sizeBytes(), maxAfterGc.get() / 1048576.0);
  }
}
