package org.confidant.audit.search.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.search.domain.AuditPage;
import org.confidant.audit.search.domain.AuditQuery;
import org.confidant.audit.search.domain.AuditRecord;

/** Reads audit entries for an auditor's criteria, newest first (time, then id for entries of the same instant). */
@ApplicationScoped
public class AuditEntryQueries {

  private static final String COLUMNS = "SELECT id, recorded_at, actor, roles, action, resource_type, resource_id,"
      + " outcome, client_address, reason FROM audit_entry";
  private static final String NEWEST_FIRST = " ORDER BY recorded_at DESC, id DESC LIMIT ? OFFSET ?";

  @Resource(lookup = "java:jboss/datasources/ConfidantDS")
  DataSource dataSource;

  public AuditPage page(AuditQuery query) {
    AuditEntryFilter filter = AuditEntryFilter.of(query);
    return new AuditPage(entries(filter, query.size(), query.offset()), query.page(), query.size(), count(filter));
  }

  /** Up to {@code limit} entries the criteria find, from the newest, ignoring the query's page. */
  public List<AuditRecord> all(AuditQuery query, int limit) {
    return entries(AuditEntryFilter.of(query), limit, 0);
  }

  /** Up to {@code limit} entries naming any of these resource ids, newest first. */
  public List<AuditRecord> naming(Collection<String> resourceIds, int limit) {
    return entries(AuditEntryFilter.namingAnyOf(resourceIds), limit, 0);
  }

  public long count(AuditQuery query) {
    return count(AuditEntryFilter.of(query));
  }

  private List<AuditRecord> entries(AuditEntryFilter filter, int limit, long offset) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(COLUMNS + filter.where() + NEWEST_FIRST)) {
      int next = bind(select, filter);
      select.setInt(next, limit);
      select.setLong(next + 1, offset);
      try (ResultSet rows = select.executeQuery()) {
        List<AuditRecord> entries = new ArrayList<>();
        while (rows.next()) {
          entries.add(new AuditRecord(rows.getLong(1), rows.getObject(2, OffsetDateTime.class).toInstant(),
              rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
              AuditOutcome.valueOf(rows.getString(8)), rows.getString(9), rows.getString(10)));
        }
        return entries;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not search the audit trail", e);
    }
  }

  private long count(AuditEntryFilter filter) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM audit_entry" + filter.where())) {
      bind(select, filter);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not count audit entries", e);
    }
  }

  /** Binds the filter's values and answers the next parameter index. */
  private static int bind(PreparedStatement statement, AuditEntryFilter filter) throws SQLException {
    int index = 1;
    for (Object value : filter.values()) {
      if (value instanceof String[] texts) {
        statement.setArray(index++, statement.getConnection().createArrayOf("text", texts));
      } else if (value instanceof OffsetDateTime time) {
        statement.setObject(index++, time, Types.TIMESTAMP_WITH_TIMEZONE);
      } else {
        statement.setObject(index++, value);
      }
    }
    return index;
  }
}
