package org.confidant.recordings.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.confidant.recordings.domain.RecordType;
import org.confidant.recordings.domain.RetentionPolicy;

/** The {@code retention_policy} rows: one per queue (or the default) and record type. */
@ApplicationScoped
public class RetentionPolicyRows {

  /** The unique index's stand-in for "every queue". */
  private static final String ANY_QUEUE = "coalesce(queue_id, '00000000-0000-0000-0000-000000000000'::uuid)";

  @Inject Jdbc jdbc;

  public List<RetentionPolicy> all() {
    return jdbc.query("SELECT queue_id, record_type, retention FROM retention_policy ORDER BY record_type,"
        + " queue_id NULLS FIRST", query -> { },
        row -> new RetentionPolicy(row.getObject("queue_id", UUID.class),
            RecordType.valueOf(row.getString("record_type")), Period.parse(row.getString("retention"))));
  }

  public void put(RetentionPolicy policy, String by) {
    jdbc.update("INSERT INTO retention_policy (queue_id, record_type, retention, updated_by) VALUES (?, ?, ?, ?)"
        + " ON CONFLICT ((" + ANY_QUEUE + "), record_type) DO UPDATE SET retention = excluded.retention,"
        + " updated_by = excluded.updated_by, updated_at = now()", insert -> {
          insert.setObject(1, policy.queueId());
          insert.setString(2, policy.recordType().name());
          insert.setString(3, policy.retention().toString());
          insert.setString(4, by);
        });
  }

  public boolean remove(UUID queueId, RecordType type) {
    return jdbc.update("DELETE FROM retention_policy WHERE " + ANY_QUEUE + " = coalesce(?::uuid,"
        + " '00000000-0000-0000-0000-000000000000'::uuid) AND record_type = ?", delete -> {
          delete.setObject(1, queueId);
          delete.setString(2, type.name());
        }) == 1;
  }
}
