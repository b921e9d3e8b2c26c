package org.confidant.bench.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.confidant.audit.AuditEntry;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.domain.ChainHead;
import org.confidant.audit.domain.ChainVerification;
import org.confidant.audit.domain.ChainVerifier;
import org.confidant.audit.domain.CheckpointPolicy;
import org.confidant.audit.domain.Checkpoint;
import org.confidant.audit.domain.Ed25519Keys;
import org.confidant.audit.infrastructure.AuditLedger;

/**
 * Audited appends against a real PostgreSQL, the way the server makes them: {@code writers} threads, each one
 * audited action per transaction (an INSERT through {@link AuditLedger#append}, then commit — or PREPARE TRANSACTION +
 * COMMIT PREPARED with {@code --xa}, the two phases the server's XA datasource costs), while one sealer does what
 * the server's timer does every second: {@link AuditLedger#seal} batch after batch until nothing is left, signing
 * checkpoints every 1,000 entries. At the end the whole chain is read back and verified.
 *
 * <pre>java -cp audit-bench.jar org.confidant.bench.audit.AuditAppendLoad JDBC_URL USER PASSWORD [seconds] [writers] [--xa]</pre>
 */
public final class AuditAppendLoad {

  private static final int SEAL_BATCH = 5_000;

  private AuditAppendLoad() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String user = args[1];
    String password = args[2];
    int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
    int writers = args.length > 4 ? Integer.parseInt(args[4]) : 16;
    boolean xa = args.length > 5 && "--xa".equals(args[5]);
    JdkSigner signer = new JdkSigner();
    CheckpointPolicy policy = new CheckpointPolicy(1_000, Duration.ofSeconds(60));

    long headBefore;
    try (Connection db = DriverManager.getConnection(url, user, password)) {
      headBefore = AuditLedger.head(db).sequence();
    }
    AtomicBoolean running = new AtomicBoolean(true);
    LongAdder appended = new LongAdder();
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      int writer = w;
      threads.add(new Thread(() -> write(url, user, password, writer, xa, running, appended)));
    }
    LongAdder sealed = new LongAdder();
    LongAdder sealRounds = new LongAdder();
    Thread sealer = new Thread(() -> seal(url, user, password, signer, policy, running, sealed,
        sealRounds));
    System.out.printf("==> %d writers (%s commits), sealer every 1 s in batches of %d, for %d s%n", writers,
        xa ? "two-phase" : "one-phase", SEAL_BATCH, seconds);
    long started = System.nanoTime();
    threads.forEach(Thread::start);
    sealer.start();
    for (int s = 1; s <= seconds; s++) {
      Thread.sleep(1000);
      System.out.printf("  %3d s: %,d appended, %,d sealed%n", s, appended.sum(), sealed.sum());
    }
    running.set(false);
    for (Thread thread : threads) {
      thread.join();
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    long appends = appended.sum();
    sealer.join();
    long sealedInRun = sealed.sum();
    long backlog;
    long catchUpStart = System.nanoTime();
    try (Connection db = DriverManager.getConnection(url, user, password)) {
      db.setAutoCommit(false);
      while (AuditLedger.seal(db, SEAL_BATCH, policy, signer, Instant.now()) > 0) {
        db.commit();
      }
      db.commit();
      backlog = AuditLedger.unsealedCount(db);
    }
    double catchUp = (System.nanoTime() - catchUpStart) / 1e9;
    System.out.printf("appends      %,d in %.1f s = %,.0f audited appends/s (one transaction each)%n", appends,
        elapsed, appends / elapsed);
    System.out.printf("sealed       %,d during the run = %,.0f entries/s in %d sealer rounds;"
        + " the rest sealed %.2f s after the writers stopped; unsealed now %d%n",
        sealedInRun, sealedInRun / elapsed, sealRounds.sum(), catchUp, backlog);
    verify(url, user, password, signer, headBefore);
  }

  private static void write(String url, String user, String password, int writer, boolean xa, AtomicBoolean running,
      LongAdder appended) {
    try (Connection db = DriverManager.getConnection(url, user, password); Statement twoPhase = db.createStatement()) {
      db.setAutoCommit(false);
      long n = 0;
      while (running.get()) {
        AuditLedger.append(db, new AuditEntry("bench-user-" + writer, "agent", "contact.read", "contact",
            "c-" + writer + "-" + n, AuditOutcome.SUCCESS, "10.0.0." + writer, null));
        if (xa) {
          String gid = "bench-" + writer + "-" + n;
          twoPhase.execute("PREPARE TRANSACTION '" + gid + "'");
          db.setAutoCommit(true);
          twoPhase.execute("COMMIT PREPARED '" + gid + "'");
          db.setAutoCommit(false);
        } else {
          db.commit();
        }
        n++;
        appended.increment();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void seal(String url, String user, String password, JdkSigner signer, CheckpointPolicy policy,
      AtomicBoolean running, LongAdder sealed, LongAdder rounds) {
    try (Connection db = DriverManager.getConnection(url, user, password)) {
      db.setAutoCommit(false);
      while (running.get()) {
        long roundStart = System.nanoTime();
        int batch;
        do {
          batch = AuditLedger.seal(db, SEAL_BATCH, policy, signer, Instant.now());
          db.commit();
          sealed.add(batch);
        } while (batch == SEAL_BATCH && running.get());
        rounds.increment();
        long rest = 1000 - (System.nanoTime() - roundStart) / 1_000_000;
        if (rest > 0) {
          Thread.sleep(rest);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Reads the whole chain back in sequence order with its checkpoints and verifies it, as the server does. */
  private static void verify(String url, String user, String password, JdkSigner signer, long headBefore)
      throws SQLException {
    try (Connection db = DriverManager.getConnection(url, user, password)) {
      db.setAutoCommit(false);
      ChainHead head = AuditLedger.head(db);
      ChainVerifier verifier = new ChainVerifier(AuditLedger.sealedAt(db, headBefore).orElseThrow(),
          Ed25519Keys.publicKey(signer.publicKey()));
      List<Checkpoint> checkpoints = AuditLedger.checkpoints(db, headBefore + 1, head.sequence());
      int[] next = {0};
      long started = System.nanoTime();
      AuditLedger.sealedEntries(db, headBefore + 1, Long.MAX_VALUE, entry -> {
        while (next[0] < checkpoints.size() && checkpoints.get(next[0]).sequence() < entry.sequence()) {
          verifier.checkpoint(checkpoints.get(next[0]++));
        }
        return verifier.entry(entry);
      });
      while (next[0] < checkpoints.size()) {
        verifier.checkpoint(checkpoints.get(next[0]++));
      }
      verifier.expectHead(head);
      double seconds = (System.nanoTime() - started) / 1e9;
      ChainVerification result = verifier.result(AuditLedger.unsealedCount(db));
      System.out.printf("verified     %s: %,d entries and %,d checkpoints of this run read from PostgreSQL and"
          + " verified in %.2f s = %,.0f entries/s%n", result.status(), result.entriesVerified(),
          result.checkpointsVerified(), seconds, result.entriesVerified() / seconds);
      db.commit();
    }
  }
}
