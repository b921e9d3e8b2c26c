package org.confidant.recordings.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Statements on the application's datasource, in the caller's transaction (security-realm has no persistence unit,
 * like the audit trail). A failed statement is an {@link IllegalStateException}: the caller's transaction rolls back.
 */
@ApplicationScoped
public class Jdbc {

  /** Binds a statement's parameters. */
  @FunctionalInterface
  interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  /** Reads one row. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  @Resource(lookup = "java:jboss/datasources/ConfidantDS")
  DataSource dataSource;

  int update(String sql, Binder binder) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("statement failed: " + firstWords(sql), e);
    }
  }

  <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      List<T> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          rows.add(mapper.map(result));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("query failed: " + firstWords(sql), e);
    }
  }

  <T> Optional<T> single(String sql, Binder binder, RowMapper<T> mapper) {
    return query(sql, binder, mapper).stream().findFirst();
  }

  /** Array parameters need the connection that runs the statement. */
  static java.sql.Array textArray(PreparedStatement statement, List<String> values) throws SQLException {
    return statement.getConnection().createArrayOf("text", values.toArray());
  }

  static java.sql.Array uuidArray(PreparedStatement statement, Collection<UUID> values) throws SQLException {
    return statement.getConnection().createArrayOf("uuid", values.toArray());
  }

  /** A timestamptz parameter, independent of the JVM's time zone. */
  static OffsetDateTime timestamp(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** Statements say which table they touched in a failure, never the values they carried. */
  private static String firstWords(String sql) {
    return sql.length() <= 40 ? sql : sql.substring(0, 40) + "…";
  }
}
