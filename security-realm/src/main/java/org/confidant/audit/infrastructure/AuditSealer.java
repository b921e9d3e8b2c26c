package org.confidant.audit.infrastructure;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.confidant.audit.domain.CheckpointPolicy;
import org.confidant.audit.domain.CheckpointSigner;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chains committed audit entries, one batch per transaction, and signs checkpoints (docs/audit.md, "Sealing").
 * Entries are written in their callers' transactions without waiting for the chain, so audited work never queues
 * behind one lock; the sealer alone takes the chain head's lock, for a batch at a time.
 */
@Stateless
@PermitAll
public class AuditSealer {

  static final int BATCH = 5_000;

  @Resource(lookup = "java:jboss/datasources/ConfidantDS")
  DataSource dataSource;

  @Inject CheckpointSigner signer;

  @EJB AuditSealer self;

  /** A checkpoint after this many entries (env {@code CONFIDANT_AUDIT_CHECKPOINT_ENTRIES}). */
  @Inject
  @ConfigProperty(name = "confidant.audit.checkpoint.entries", defaultValue = "1000")
  long checkpointEntries;

  /** …or after this long, if the chain grew (env {@code CONFIDANT_AUDIT_CHECKPOINT_INTERVAL}). */
  @Inject
  @ConfigProperty(name = "confidant.audit.checkpoint.interval", defaultValue = "PT60S")
  Duration checkpointInterval;

  private final Clock clock = Clock.systemUTC();

  /** Seals everything committed so far, batch after batch; returns how many entries it sealed. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long sealPending() {
    long sealed = 0;
    int batch;
    do {
      batch = self.sealBatch();
      sealed += batch;
    } while (batch == BATCH);
    return sealed;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int sealBatch() {
    try (Connection connection = dataSource.getConnection()) {
      return AuditLedger.seal(connection, BATCH, new CheckpointPolicy(checkpointEntries, checkpointInterval), signer,
          clock.instant());
    } catch (SQLException e) {
      throw new IllegalStateException("could not seal audit entries", e);
    }
  }
}
