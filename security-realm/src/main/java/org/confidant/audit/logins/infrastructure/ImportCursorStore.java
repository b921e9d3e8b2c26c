package org.confidant.audit.logins.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.confidant.audit.logins.domain.ImportCursor;
import org.confidant.audit.logins.domain.ReportedLogin;

/** The import cursor's row ({@code audit_login_import}), read with a row lock held to the end of the transaction. */
@ApplicationScoped
public class ImportCursorStore {

  @Resource(lookup = "java:jboss/datasources/ConfidantDS")
  DataSource dataSource;

  /** The cursor of a source, created at the start if new, locked so that no other server imports meanwhile. */
  public ImportCursor lock(String source) {
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement create = connection.prepareStatement("INSERT INTO audit_login_import (source,"
          + " newest_taken) VALUES (?, ?) ON CONFLICT (source) DO NOTHING")) {
        create.setString(1, source);
        create.setObject(2, ImportCursor.START.newestTaken().atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
        create.executeUpdate();
      }
      try (PreparedStatement select = connection.prepareStatement("SELECT newest_taken, recent_events FROM"
          + " audit_login_import WHERE source = ? FOR UPDATE")) {
        select.setString(1, source);
        try (ResultSet row = select.executeQuery()) {
          row.next();
          String[] keys = (String[]) row.getArray(2).getArray();
          return new ImportCursor(row.getObject(1, OffsetDateTime.class).toInstant(), recent(keys));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the login import cursor", e);
    }
  }

  public void save(String source, ImportCursor cursor, int imported) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement("UPDATE audit_login_import SET newest_taken = ?,"
            + " recent_events = ?, imported_total = imported_total + ?, last_import_at = clock_timestamp()"
            + " WHERE source = ?")) {
      Array keys = connection.createArrayOf("text", stored(cursor.recent()));
      update.setObject(1, cursor.newestTaken().atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
      update.setArray(2, keys);
      update.setInt(3, imported);
      update.setString(4, source);
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not save the login import cursor", e);
    }
  }

  /** Each remembered event as "epoch-millis@key" (a key may contain any character; the time has no @). */
  private static Object[] stored(Map<String, Instant> recent) {
    return recent.entrySet().stream().map(entry -> entry.getValue().toEpochMilli() + "@" + entry.getKey()).toArray();
  }

  private static Map<String, Instant> recent(String[] stored) {
    Map<String, Instant> recent = new HashMap<>();
    for (String item : stored) {
      int at = item.indexOf('@');
      recent.put(item.substring(at + 1), Instant.ofEpochMilli(Long.parseLong(item.substring(0, at))));
    }
    return recent;
  }

  /** The user name an earlier login entry gave a user id (for events that name only the id), or null. */
  public String knownName(String userId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement("SELECT actor FROM audit_entry WHERE resource_type"
            + " = ? AND resource_id = ? AND actor <> resource_id ORDER BY id DESC LIMIT 1")) {
      select.setString(1, ReportedLogin.RESOURCE_TYPE);
      select.setString(2, userId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not look up a user name", e);
    }
  }
}
