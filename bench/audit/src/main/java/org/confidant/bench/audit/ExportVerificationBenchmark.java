package org.confidant.bench.audit;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.confidant.audit.domain.AuditChain;
import org.confidant.audit.domain.AuditExportWriter;
import org.confidant.audit.domain.ChainHead;
import org.confidant.audit.domain.ChainVerification;
import org.confidant.audit.domain.ChainedEntry;
import org.confidant.audit.domain.Checkpoint;
import org.confidant.audit.domain.Ed25519Keys;
import org.confidant.audit.domain.EntryContent;
import org.confidant.audit.domain.ExportVerifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Verification of an export in memory, as the command-line verifier does it (parse every JSON line, recompute every
 * hash, check every checkpoint signature): {@value #ENTRIES} entries with a checkpoint every 1,000. The score is in
 * entries per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ExportVerificationBenchmark {

  static final int ENTRIES = 100_000;

  private byte[] export;
  private PublicKey key;

  @Setup(Level.Trial)
  public void export() throws IOException {
    JdkSigner signer = new JdkSigner();
    key = Ed25519Keys.publicKey(signer.publicKey());
    List<AuditChain.Unsealed> unsealed = new ArrayList<>(ENTRIES);
    Instant start = Instant.parse("2026-11-25T00:00:00Z");
    for (int n = 1; n <= ENTRIES; n++) {
      unsealed.add(new AuditChain.Unsealed(n, new EntryContent(start.plus(Duration.ofNanos(n * 137_000L)),
          "user-" + (n % 200), "agent,supervisor", "contact.read", "contact", "3f2b8c1e-" + n, "SUCCESS",
          "10.1." + (n % 250) + ".7", n % 50 == 0 ? "break-glass: caller in distress" : null)));
    }
    List<ChainedEntry> chain = new AuditChain().seal(ChainHead.EMPTY, unsealed);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(ENTRIES * 400);
    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      AuditExportWriter writer = new AuditExportWriter(out);
      writer.header(ChainHead.EMPTY, null, null, Instant.now());
      for (ChainedEntry entry : chain) {
        writer.entry(entry);
        if (entry.sequence() % 1_000 == 0) {
          writer.checkpoint(Checkpoint.sign(new ChainHead(entry.sequence(), entry.hash()), Instant.now(), signer));
        }
      }
      writer.end();
    }
    export = bytes.toByteArray();
    if (!verify().intact()) {
      throw new IllegalStateException("the benchmark's own export does not verify");
    }
  }

  @Benchmark
  @OperationsPerInvocation(ENTRIES)
  public ChainVerification verifyExport() throws IOException {
    return verify();
  }

  private ChainVerification verify() throws IOException {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(export),
        StandardCharsets.UTF_8), 1 << 16)) {
      return new ExportVerifier(key, n -> { }, Long.MAX_VALUE).verify(lines);
    }
  }
}
