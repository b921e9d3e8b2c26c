package org.confidant.recordings.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.confidant.recordings.domain.PauseGap;
import org.confidant.recordings.domain.Recording;
import org.confidant.recordings.domain.RecordingLinks;
import org.confidant.vault.KeyKind;
import org.confidant.vault.WrappedKey;

/** The {@code recording} and {@code recording_gap} rows: metadata, and each recording's wrapped data key. */
@ApplicationScoped
public class RecordingRows {

  /** A recording the purge looks at: what it is linked to and when it was made. */
  public record Candidate(UUID id, RecordingLinks links, Instant createdAt) {}

  private static final String COLUMNS = "id, call_id, contact_id, case_id, matter_id, queue_id, parties, media_type,"
      + " duration_ms, size_bytes, sha256, created_at, purged_at";

  @Inject Jdbc jdbc;

  public void insert(Recording recording, WrappedKey key) {
    RecordingLinks links = recording.links();
    jdbc.update("INSERT INTO recording (id, call_id, contact_id, case_id, matter_id, queue_id, parties, media_type,"
        + " duration_ms, size_bytes, sha256, created_at, key_kind, kek_id, wrapped_key)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", insert -> {
          insert.setObject(1, recording.id());
          insert.setObject(2, links.callId());
          insert.setObject(3, links.contactId());
          insert.setObject(4, links.caseId());
          insert.setObject(5, links.matterId());
          insert.setObject(6, links.queueId());
          insert.setArray(7, Jdbc.textArray(insert, recording.parties()));
          insert.setString(8, recording.mediaType());
          insert.setObject(9, recording.durationMillis());
          insert.setLong(10, recording.sizeBytes());
          insert.setString(11, recording.sha256());
          insert.setObject(12, Jdbc.timestamp(recording.createdAt()));
          insert.setString(13, key.kind().name());
          insert.setString(14, key.kekId());
          insert.setBytes(15, key.ciphertext());
        });
    for (PauseGap gap : recording.gaps()) {
      jdbc.update("INSERT INTO recording_gap (recording_id, stored_offset, source_offset, length_bytes)"
          + " VALUES (?, ?, ?, ?)", insert -> {
            insert.setObject(1, recording.id());
            insert.setLong(2, gap.storedOffset());
            insert.setLong(3, gap.sourceOffset());
            insert.setLong(4, gap.length());
          });
    }
  }

  public Optional<Recording> find(UUID id) {
    return jdbc.single("SELECT " + COLUMNS + " FROM recording WHERE id = ?", query -> query.setObject(1, id),
        this::recording);
  }

  public List<Recording> ofCall(UUID callId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM recording WHERE call_id = ? ORDER BY created_at, id",
        query -> query.setObject(1, callId), this::recording);
  }

  /** Every recording (purged ones too) linked to the contact, to one of the cases or to one of the calls. */
  public List<Recording> concerning(UUID contactId, Collection<UUID> caseIds, Collection<UUID> callIds) {
    return jdbc.query("SELECT " + COLUMNS + " FROM recording WHERE contact_id = ? OR case_id = ANY (?)"
        + " OR call_id = ANY (?) ORDER BY created_at, id", query -> {
          query.setObject(1, contactId);
          query.setArray(2, Jdbc.uuidArray(query, caseIds));
          query.setArray(3, Jdbc.uuidArray(query, callIds));
        }, this::recording);
  }

  /** The data key of a recording that is not purged; the row is locked until the transaction ends. */
  public Optional<WrappedKey> lockedKey(UUID id) {
    return jdbc.single("SELECT key_kind, kek_id, wrapped_key FROM recording WHERE id = ? AND purged_at IS NULL"
        + " FOR UPDATE", query -> query.setObject(1, id), RecordingRows::key);
  }

  public Optional<WrappedKey> key(UUID id) {
    return jdbc.single("SELECT key_kind, kek_id, wrapped_key FROM recording WHERE id = ? AND purged_at IS NULL",
        query -> query.setObject(1, id), RecordingRows::key);
  }

  /** The next recordings not purged yet, oldest first, after the given one (keyset paging). */
  public List<Candidate> notPurgedAfter(Instant createdAt, UUID id, int limit) {
    return jdbc.query("SELECT id, call_id, contact_id, case_id, matter_id, queue_id, created_at FROM recording"
        + " WHERE purged_at IS NULL AND (created_at, id) > (?, ?) ORDER BY created_at, id LIMIT ?", query -> {
          query.setObject(1, Jdbc.timestamp(createdAt));
          query.setObject(2, id);
          query.setInt(3, limit);
        }, row -> new Candidate(row.getObject("id", UUID.class), links(row), Jdbc.instant(row, "created_at")));
  }

  /** Crypto-shredding: the wrapped key (and the parties) go; the rest stays as a tombstone. */
  public boolean shred(UUID id, Instant at) {
    return jdbc.update("UPDATE recording SET key_kind = NULL, kek_id = NULL, wrapped_key = NULL, parties = '{}',"
        + " purged_at = ? WHERE id = ? AND purged_at IS NULL", update -> {
          update.setObject(1, Jdbc.timestamp(at));
          update.setObject(2, id);
        }) == 1;
  }

  /** The next ids (after {@code afterId}) of recordings whose key another KEK than {@code kekId} wraps. */
  public List<UUID> wrappedByOtherThan(String kekId, UUID afterId, int limit) {
    return jdbc.query("SELECT id FROM recording WHERE kek_id <> ? AND id > ? ORDER BY id LIMIT ?", query -> {
      query.setString(1, kekId);
      query.setObject(2, afterId);
      query.setInt(3, limit);
    }, row -> row.getObject(1, UUID.class));
  }

  public void replaceKey(UUID id, WrappedKey key) {
    jdbc.update("UPDATE recording SET key_kind = ?, kek_id = ?, wrapped_key = ? WHERE id = ? AND purged_at IS NULL",
        update -> {
          update.setString(1, key.kind().name());
          update.setString(2, key.kekId());
          update.setBytes(3, key.ciphertext());
          update.setObject(4, id);
        });
  }

  private Recording recording(ResultSet row) throws SQLException {
    UUID id = row.getObject("id", UUID.class);
    Long duration = (Long) row.getObject("duration_ms");
    return new Recording(id, links(row), Arrays.asList((String[]) row.getArray("parties").getArray()),
        row.getString("media_type"), duration, row.getLong("size_bytes"), row.getString("sha256"), gaps(id),
        Jdbc.instant(row, "created_at"), Jdbc.instant(row, "purged_at"));
  }

  private List<PauseGap> gaps(UUID id) {
    return jdbc.query("SELECT stored_offset, source_offset, length_bytes FROM recording_gap WHERE recording_id = ?"
        + " ORDER BY source_offset", query -> query.setObject(1, id),
        row -> new PauseGap(row.getLong(1), row.getLong(2), row.getLong(3)));
  }

  private static RecordingLinks links(ResultSet row) throws SQLException {
    return new RecordingLinks(row.getObject("call_id", UUID.class), row.getObject("contact_id", UUID.class),
        row.getObject("case_id", UUID.class), row.getObject("matter_id", UUID.class),
        row.getObject("queue_id", UUID.class));
  }

  private static WrappedKey key(ResultSet row) throws SQLException {
    return new WrappedKey(KeyKind.valueOf(row.getString(1)), row.getString(2), row.getBytes(3));
  }
}
