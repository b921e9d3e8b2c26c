package org.confidant.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Writer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.confidant.audit.domain.AuditExportWriter;
import org.confidant.audit.domain.ChainHash;
import org.confidant.audit.domain.ChainHead;
import org.confidant.audit.domain.ChainVerification;
import org.confidant.audit.domain.ChainVerifier;
import org.confidant.audit.domain.ChainedEntry;
import org.confidant.audit.domain.Checkpoint;
import org.confidant.audit.domain.CheckpointSigner;
import org.confidant.audit.domain.Ed25519Keys;
import org.confidant.audit.infrastructure.AuditLedger;
import org.confidant.audit.infrastructure.AuditSealer;
import org.confidant.identity.Roles;

/**
 * The auditor's view of the chain: verify it end to end, export a stretch of it (JSON lines with its checkpoints, for
 * the command-line verifier) and give the public key. Both first seal what is committed, so they cover every entry
 * written before they were asked. Both are audited.
 */
@Stateless
@RolesAllowed(Roles.AUDITOR)
public class AuditVerification {

  static final String RESOURCE_TYPE = "audit-trail";

  @Resource(lookup = "java:jboss/datasources/ConfidantDS")
  DataSource dataSource;

  @EJB AuditSealer sealer;

  @EJB AuditTrail audit;

  @Inject CheckpointSigner signer;

  private final Clock clock = Clock.systemUTC();

  /** Walks the whole chain and its checkpoints; names the first entry that does not verify. */
  @RolesAllowed(Roles.AUDITOR)
  public ChainVerification verify() {
    sealer.sealPending();
    ChainVerification result;
    try (Connection connection = dataSource.getConnection()) {
      ChainHead head = AuditLedger.head(connection);
      ChainVerifier verifier = new ChainVerifier(ChainHead.EMPTY, Ed25519Keys.publicKey(signer.publicKey()));
      walk(connection, 1, Long.MAX_VALUE, verifier::entry, verifier::checkpoint);
      verifier.expectHead(head);
      result = verifier.result(AuditLedger.unsealedCount(connection));
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the audit chain", e);
    }
    audit.record("audit.verified", RESOURCE_TYPE, null, AuditOutcome.SUCCESS);
    return result;
  }

  /**
   * Writes the stretch of the chain from the first entry recorded at or after {@code from} to the last recorded
   * before {@code to} (either open when null), with the checkpoints inside it. Sequence order and recording time can
   * differ by the sealer's delay, so a few entries next to the window's edges may come along: a stretch has no holes.
   */
  @RolesAllowed(Roles.AUDITOR)
  public void export(Instant from, Instant to, Writer out) {
    sealer.sealPending();
    AuditExportWriter export = new AuditExportWriter(out);
    String stretch;
    try (Connection connection = dataSource.getConnection()) {
      Optional<long[]> sequences = AuditLedger.sequencesRecorded(connection, from == null ? Instant.EPOCH : from,
          to == null ? Instant.now().plusSeconds(86_400) : to);
      long first = sequences.map(s -> s[0]).orElse(1L);
      long last = sequences.map(s -> s[1]).orElse(0L);
      ChainHead anchor = AuditLedger.sealedAt(connection, first - 1)
          .orElse(new ChainHead(first - 1, ChainHash.GENESIS));
      export.header(anchor, from, to, clock.instant());
      walk(connection, first, last, entry -> {
        export.entry(entry);
        return true;
      }, export::checkpoint);
      export.end();
      stretch = first + ".." + last;
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the audit chain", e);
    }
    audit.record("audit.exported", RESOURCE_TYPE, stretch, AuditOutcome.SUCCESS);
  }

  @RolesAllowed(Roles.AUDITOR)
  public AuditPublicKey publicKey() {
    byte[] raw = signer.publicKey();
    return new AuditPublicKey("Ed25519", Base64.getEncoder().encodeToString(raw), Ed25519Keys.pem(raw));
  }

  /** Entries {@code from}..{@code to} in sequence order, each checkpoint right after the entry it covers. */
  private static void walk(Connection connection, long from, long to, Predicate<ChainedEntry> entries,
      Consumer<Checkpoint> checkpoints) throws SQLException {
    List<Checkpoint> signed = AuditLedger.checkpoints(connection, from, to);
    Iterator<Checkpoint> next = signed.iterator();
    Checkpoint[] pending = {next.hasNext() ? next.next() : null};
    AuditLedger.sealedEntries(connection, from, to, entry -> {
      while (pending[0] != null && pending[0].sequence() < entry.sequence()) {
        checkpoints.accept(pending[0]);
        pending[0] = next.hasNext() ? next.next() : null;
      }
      return entries.test(entry);
    });
    while (pending[0] != null) {
      checkpoints.accept(pending[0]);
      pending[0] = next.hasNext() ? next.next() : null;
    }
  }
}
