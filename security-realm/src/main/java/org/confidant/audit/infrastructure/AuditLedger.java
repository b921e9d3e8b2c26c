package org.confidant.audit.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.confidant.audit.AuditEntry;
import org.confidant.audit.domain.AuditChain;
import org.confidant.audit.domain.ChainHash;
import org.confidant.audit.domain.ChainHead;
import org.confidant.audit.domain.ChainedEntry;
import org.confidant.audit.domain.Checkpoint;
import org.confidant.audit.domain.CheckpointPolicy;
import org.confidant.audit.domain.CheckpointSigner;
import org.confidant.audit.domain.EntryContent;

/**
 * The audit tables over plain JDBC (the connection and its transaction are the caller's): appending an entry,
 * sealing committed entries into the chain with checkpoints, and reading the chain back in sequence order.
 * Plain JDBC so that the benchmark drives exactly what the server runs.
 */
public final class AuditLedger {

  private static final String INSERT = "INSERT INTO audit_entry (actor, roles, action, resource_type, resource_id,"
      + " outcome, client_address, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_AT = "INSERT INTO audit_entry (actor, roles, action, resource_type, resource_id,"
      + " outcome, client_address, reason, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String CONTENT = "id, recorded_at, actor, roles, action, resource_type, resource_id, outcome,"
      + " client_address, reason";
  private static final String LOCK_HEAD = "SELECT sequence, entry_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE";
  private static final String HEAD = "SELECT sequence, entry_hash FROM audit_chain_head WHERE id = 1";
  private static final String UNSEALED = "SELECT " + CONTENT + " FROM audit_entry WHERE sequence IS NULL"
      + " ORDER BY id LIMIT ?";
  /** One statement per batch: the sealed places as three parallel arrays. */
  private static final String SEAL = "UPDATE audit_entry e SET sequence = s.sequence, entry_hash = s.entry_hash"
      + " FROM unnest(?::bigint[], ?::bigint[], ?::bytea[]) AS s(id, sequence, entry_hash)"
      + " WHERE e.id = s.id AND e.sequence IS NULL";
  private static final String MOVE_HEAD = "UPDATE audit_chain_head SET sequence = ?, entry_hash = ? WHERE id = 1";
  private static final String LAST_CHECKPOINT = "SELECT sequence, signed_at FROM audit_checkpoint"
      + " ORDER BY sequence DESC LIMIT 1";
  private static final String INSERT_CHECKPOINT = "INSERT INTO audit_checkpoint (sequence, head_hash, signed_at,"
      + " signature) VALUES (?, ?, ?, ?)";

  private AuditLedger() {}

  /** Appends an entry in the connection's transaction; the sealer chains it once committed. */
  public static void append(Connection connection, AuditEntry entry) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      bind(insert, entry);
      insert.executeUpdate();
    }
  }

  /** Appends an entry dated when it happened elsewhere (a login Keycloak reported), not at insert. */
  public static void appendAt(Connection connection, AuditEntry entry, Instant happenedAt) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT_AT)) {
      bind(insert, entry);
      insert.setObject(9, happenedAt.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
      insert.executeUpdate();
    }
  }

  private static void bind(PreparedStatement insert, AuditEntry entry) throws SQLException {
    insert.setString(1, entry.actor());
    insert.setString(2, entry.roles());
    insert.setString(3, entry.action());
    insert.setString(4, entry.resourceType());
    insert.setString(5, entry.resourceId());
    insert.setString(6, entry.outcome().name());
    insert.setString(7, entry.clientAddress());
    insert.setString(8, entry.reason());
  }

  /**
   * Seals up to {@code batch} committed entries in id order after the chain's head, which it locks (one sealer at a
   * time, even across servers), and signs a checkpoint when the policy says so. Returns how many it sealed.
   */
  public static int seal(Connection connection, int batch, CheckpointPolicy policy, CheckpointSigner signer,
      Instant now) throws SQLException {
    ChainHead head = head(connection, LOCK_HEAD);
    List<ChainedEntry> sealed = new AuditChain().seal(head, unsealed(connection, batch));
    if (!sealed.isEmpty()) {
      store(connection, sealed);
      head = AuditChain.headAfter(head, sealed);
      try (PreparedStatement move = connection.prepareStatement(MOVE_HEAD)) {
        move.setLong(1, head.sequence());
        move.setBytes(2, head.hash().bytes());
        move.executeUpdate();
      }
    }
    checkpointIfDue(connection, head, policy, signer, now);
    return sealed.size();
  }

  public static ChainHead head(Connection connection) throws SQLException {
    return head(connection, HEAD);
  }

  /** How many committed entries wait for the sealer. */
  public static long unsealedCount(Connection connection) throws SQLException {
    return count(connection, "SELECT count(*) FROM audit_entry WHERE sequence IS NULL");
  }

  /** The checkpoints covering entries {@code from}..{@code to}, in sequence order. */
  public static List<Checkpoint> checkpoints(Connection connection, long from, long to) throws SQLException {
    List<Checkpoint> checkpoints = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement("SELECT sequence, head_hash, signed_at, signature"
        + " FROM audit_checkpoint WHERE sequence BETWEEN ? AND ? ORDER BY sequence")) {
      query.setLong(1, from);
      query.setLong(2, to);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          checkpoints.add(new Checkpoint(rows.getLong(1), ChainHash.of(rows.getBytes(2)),
              rows.getObject(3, OffsetDateTime.class).toInstant(), rows.getBytes(4)));
        }
      }
    }
    return checkpoints;
  }

  /** The entry with this sequence as a head (the anchor of an export starting after it). */
  public static Optional<ChainHead> sealedAt(Connection connection, long sequence) throws SQLException {
    if (sequence == 0) {
      return Optional.of(ChainHead.EMPTY);
    }
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT entry_hash FROM audit_entry WHERE sequence = ?")) {
      query.setLong(1, sequence);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? Optional.of(new ChainHead(sequence, ChainHash.of(rows.getBytes(1)))) : Optional.empty();
      }
    }
  }

  /** The sealed entries recorded in [from, to) as a stretch of sequences: {first, last}, or empty. */
  public static Optional<long[]> sequencesRecorded(Connection connection, Instant from, Instant to)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT min(sequence), max(sequence) FROM audit_entry"
        + " WHERE sequence IS NOT NULL AND recorded_at >= ? AND recorded_at < ?")) {
      query.setObject(1, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
      query.setObject(2, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        long first = rows.getLong(1);
        return rows.wasNull() ? Optional.empty() : Optional.of(new long[] {first, rows.getLong(2)});
      }
    }
  }

  /** Streams the sealed entries {@code from}..{@code to} in sequence order (a cursor: constant memory). */
  public static void sealedEntries(Connection connection, long from, long to, EntryHandler handler)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT " + CONTENT + ", sequence, entry_hash"
        + " FROM audit_entry WHERE sequence BETWEEN ? AND ? ORDER BY sequence")) {
      query.setFetchSize(1000);
      query.setLong(1, from);
      query.setLong(2, to);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next() && handler.next(new ChainedEntry(rows.getLong(1), rows.getLong(11), content(rows),
            ChainHash.of(rows.getBytes(12))))) {
          // the handler said go on
        }
      }
    }
  }

  /** Takes entries one by one; returns false to stop. */
  @FunctionalInterface
  public interface EntryHandler {
    boolean next(ChainedEntry entry) throws SQLException;
  }

  private static void checkpointIfDue(Connection connection, ChainHead head, CheckpointPolicy policy,
      CheckpointSigner signer, Instant now) throws SQLException {
    long lastSequence = 0;
    Instant lastAt = null;
    try (PreparedStatement query = connection.prepareStatement(LAST_CHECKPOINT);
        ResultSet rows = query.executeQuery()) {
      if (rows.next()) {
        lastSequence = rows.getLong(1);
        lastAt = rows.getObject(2, OffsetDateTime.class).toInstant();
      }
    }
    if (policy.due(head, lastSequence, lastAt, now)) {
      Checkpoint checkpoint = Checkpoint.sign(head, now, signer);
      try (PreparedStatement insert = connection.prepareStatement(INSERT_CHECKPOINT)) {
        insert.setLong(1, checkpoint.sequence());
        insert.setBytes(2, checkpoint.headHash().bytes());
        insert.setObject(3, OffsetDateTime.ofInstant(checkpoint.signedAt(), ZoneOffset.UTC));
        insert.setBytes(4, checkpoint.signature());
        insert.executeUpdate();
      }
    }
  }

  private static List<AuditChain.Unsealed> unsealed(Connection connection, int batch) throws SQLException {
    List<AuditChain.Unsealed> entries = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(UNSEALED)) {
      query.setInt(1, batch);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          entries.add(new AuditChain.Unsealed(rows.getLong(1), content(rows)));
        }
      }
    }
    return entries;
  }

  private static void store(Connection connection, List<ChainedEntry> sealed) throws SQLException {
    Long[] ids = new Long[sealed.size()];
    Long[] sequences = new Long[sealed.size()];
    byte[][] hashes = new byte[sealed.size()][];
    for (int i = 0; i < ids.length; i++) {
      ChainedEntry entry = sealed.get(i);
      ids[i] = entry.id();
      sequences[i] = entry.sequence();
      hashes[i] = entry.hash().bytes();
    }
    try (PreparedStatement seal = connection.prepareStatement(SEAL)) {
      seal.setArray(1, connection.createArrayOf("bigint", ids));
      seal.setArray(2, connection.createArrayOf("bigint", sequences));
      seal.setArray(3, connection.createArrayOf("bytea", hashes));
      if (seal.executeUpdate() != ids.length) {
        // another sealer cannot have run (the head is locked): a row changed under us; this transaction rolls back
        throw new SQLException("audit entries changed while being sealed; nothing sealed");
      }
    }
  }

  private static EntryContent content(ResultSet rows) throws SQLException {
    return new EntryContent(rows.getObject(2, OffsetDateTime.class).toInstant(), rows.getString(3), rows.getString(4),
        rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9),
        rows.getString(10));
  }

  private static ChainHead head(Connection connection, String sql) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
      if (!rows.next()) {
        throw new SQLException("audit_chain_head has no row: the V10 migration did not run");
      }
      return new ChainHead(rows.getLong(1), ChainHash.of(rows.getBytes(2)));
    }
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
