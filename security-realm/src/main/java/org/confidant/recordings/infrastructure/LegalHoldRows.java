package org.confidant.recordings.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.confidant.recordings.domain.HoldSubject;
import org.confidant.recordings.domain.LegalHold;

/** The {@code legal_hold} rows. */
@ApplicationScoped
public class LegalHoldRows {

  /**
   * Placing a hold and purging take this transaction-scoped advisory lock, so a purge never misses a hold placed
   * while it runs.
   */
  private static final long HOLDS_LOCK = 0x1e9a1_401dL;

  private static final String COLUMNS = "id, subject_type, subject_id, reference, state, placed_by, placed_at,"
      + " release_requested_by, release_requested_at, released_by, released_at";

  @Inject Jdbc jdbc;

  /** Serialises hold placement against purges until the transaction ends. */
  public void lockHolds() {
    jdbc.query("SELECT pg_advisory_xact_lock(?)", query -> query.setLong(1, HOLDS_LOCK), row -> 1);
  }

  public void insert(LegalHold hold) {
    jdbc.update("INSERT INTO legal_hold (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", insert -> {
      insert.setObject(1, hold.id());
      insert.setString(2, hold.subject().kind().name());
      insert.setObject(3, hold.subject().id());
      insert.setString(4, hold.reference());
      insert.setString(5, hold.state().name());
      insert.setString(6, hold.placedBy());
      insert.setObject(7, Jdbc.timestamp(hold.placedAt()));
      insert.setString(8, hold.releaseRequestedBy());
      insert.setObject(9, Jdbc.timestamp(hold.releaseRequestedAt()));
      insert.setString(10, hold.releasedBy());
      insert.setObject(11, Jdbc.timestamp(hold.releasedAt()));
    });
  }

  /** Writes a hold's release state (the only part of a hold that changes). */
  public void updateRelease(LegalHold hold) {
    jdbc.update("UPDATE legal_hold SET state = ?, release_requested_by = ?, release_requested_at = ?,"
        + " released_by = ?, released_at = ? WHERE id = ?", update -> {
          update.setString(1, hold.state().name());
          update.setString(2, hold.releaseRequestedBy());
          update.setObject(3, Jdbc.timestamp(hold.releaseRequestedAt()));
          update.setString(4, hold.releasedBy());
          update.setObject(5, Jdbc.timestamp(hold.releasedAt()));
          update.setObject(6, hold.id());
        });
  }

  /** A hold, locked until the transaction ends (two approvers at once: one waits, then sees it released). */
  public Optional<LegalHold> lockedHold(UUID id) {
    return jdbc.single("SELECT " + COLUMNS + " FROM legal_hold WHERE id = ? FOR UPDATE",
        query -> query.setObject(1, id), LegalHoldRows::hold);
  }

  public List<LegalHold> standing() {
    return jdbc.query("SELECT " + COLUMNS + " FROM legal_hold WHERE state <> 'RELEASED' ORDER BY placed_at",
        query -> { }, LegalHoldRows::hold);
  }

  public List<LegalHold> all() {
    return jdbc.query("SELECT " + COLUMNS + " FROM legal_hold ORDER BY placed_at", query -> { },
        LegalHoldRows::hold);
  }

  private static LegalHold hold(ResultSet row) throws SQLException {
    return new LegalHold(row.getObject("id", UUID.class),
        new HoldSubject(HoldSubject.Kind.valueOf(row.getString("subject_type")),
            row.getObject("subject_id", UUID.class)),
        row.getString("reference"), row.getString("placed_by"), Jdbc.instant(row, "placed_at"),
        LegalHold.State.valueOf(row.getString("state")), row.getString("release_requested_by"),
        Jdbc.instant(row, "release_requested_at"), row.getString("released_by"), Jdbc.instant(row, "released_at"));
  }
}
