package org.confidant.audit.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import org.confidant.audit.domain.ChainFinding;
import org.confidant.audit.domain.ChainVerification;
import org.confidant.audit.domain.Ed25519Keys;
import org.confidant.audit.domain.ExportVerifier;

/**
 * The auditor's command-line verifier: needs an export file and the audit-checkpoint public key, nothing but a JDK.
 * <pre>java -cp security-realm.jar org.confidant.audit.verify.AuditExportVerifier export.jsonl public-key.pem</pre>
 * Exit status 0 when the export verifies, 1 when it does not (the first entry that does not verify is printed),
 * 2 when it cannot run (usage, unreadable file or key).
 */
public final class AuditExportVerifier {

  static final int VERIFIED = 0;
  static final int NOT_VERIFIED = 1;
  static final int CANNOT_RUN = 2;
  private static final long PROGRESS_EVERY = 100_000;

  private AuditExportVerifier() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 2) {
      err.println("usage: java -cp security-realm.jar " + AuditExportVerifier.class.getName()
          + " <export.jsonl> <public-key: PEM or base64 of the 32 raw bytes>");
      return CANNOT_RUN;
    }
    Path export = Path.of(args[0]);
    try (BufferedReader lines = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
      PublicKey key = Ed25519Keys.publicKey(Ed25519Keys.parse(Files.readString(Path.of(args[1]))));
      out.println("verifying " + export + " ...");
      long started = System.nanoTime();
      ChainVerification result = new ExportVerifier(key,
          entries -> out.println("  " + entries + " entries verified"), PROGRESS_EVERY).verify(lines);
      report(result, (System.nanoTime() - started) / 1e9, out);
      return result.intact() ? VERIFIED : NOT_VERIFIED;
    } catch (IOException | IllegalArgumentException e) {
      err.println("cannot verify: " + e.getMessage());
      return CANNOT_RUN;
    }
  }

  private static void report(ChainVerification result, double seconds, PrintStream out) {
    out.printf("%d entries and %d checkpoints verified in %.2f s; last entry %d (hash %s)%n",
        result.entriesVerified(), result.checkpointsVerified(), seconds, result.lastSequence(), result.lastHash());
    if (result.lastCheckpointSequence() != null) {
      out.printf("last checkpoint: entry %d, signed at %s; %d entries after it are chained but not yet signed%n",
          result.lastCheckpointSequence(), result.lastCheckpointAt(), result.unsignedEntries());
    } else {
      out.println("no checkpoint in the export: its entries are chained to its anchor but no signature covers them");
    }
    ChainFinding failure = result.firstFailure();
    if (failure == null) {
      out.println("RESULT: INTACT");
    } else {
      out.printf("RESULT: BROKEN at entry %d%s: %s (%s)%n", failure.sequence(),
          failure.entryId() == null ? "" : " (row id " + failure.entryId() + ")", failure.problem(),
          failure.detail());
    }
  }
}
