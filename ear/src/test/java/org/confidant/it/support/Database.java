package org.confidant.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reads the test database directly, as an auditor of what the server stored would. */
public final class Database {

  private Database() {}

  /** One number; the parameter is a value, or a list bound as a uuid[] (for {@code = ANY(?)}). */
  public static long scalar(String sql, Object parameter) throws SQLException {
    try (Connection db = TestEnvironment.database(); PreparedStatement query = db.prepareStatement(sql)) {
      bind(db, query, parameter);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /** The first column of every row, as text. */
  public static List<String> column(String sql, Object parameter) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection db = TestEnvironment.database(); PreparedStatement query = db.prepareStatement(sql)) {
      bind(db, query, parameter);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
    }
    return values;
  }

  public static Set<UUID> ids(String sql, Object parameter) throws SQLException {
    Set<UUID> ids = new HashSet<>();
    for (String value : column(sql, parameter)) {
      if (value != null) {
        ids.add(UUID.fromString(value));
      }
    }
    return ids;
  }

  /** The events of {@code published} that the call-daily-totals consumer has handled, waiting up to 60 s for all. */
  public static Set<UUID> awaitConsumed(Set<UUID> published) throws SQLException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    Set<UUID> consumed = Set.of();
    while (Instant.now().isBefore(deadline)) {
      consumed = ids("SELECT event_id FROM processed_event WHERE consumer = 'call-daily-totals'"
          + " AND event_id = ANY(?)", new ArrayList<>(published));
      if (consumed.size() >= published.size()) {
        return consumed;
      }
      pause(Duration.ofMillis(250));
    }
    return consumed;
  }

  public static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void bind(Connection db, PreparedStatement query, Object parameter) throws SQLException {
    if (parameter instanceof List<?> list) {
      query.setArray(1, db.createArrayOf("uuid", list.toArray()));
    } else if (parameter != null) {
      query.setObject(1, parameter);
    }
  }
}
