package org.confidant.audit.search.infrastructure;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.confidant.audit.search.domain.AuditQuery;

/**
 * The WHERE clause of a query's criteria and its bound values, in order. Only fixed column names go into the SQL;
 * everything an auditor typed is a parameter.
 */
record AuditEntryFilter(String where, List<Object> values) {

  static AuditEntryFilter of(AuditQuery query) {
    List<String> conditions = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    add(conditions, values, "actor = ?", query.actor());
    add(conditions, values, "resource_type = ?", query.resourceType());
    add(conditions, values, "resource_id = ?", query.resourceId());
    add(conditions, values, "action = ?", query.action());
    add(conditions, values, "outcome = ?", query.outcome() == null ? null : query.outcome().name());
    add(conditions, values, "recorded_at >= ?", query.from() == null ? null : query.from().atOffset(ZoneOffset.UTC));
    add(conditions, values, "recorded_at < ?", query.to() == null ? null : query.to().atOffset(ZoneOffset.UTC));
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    return new AuditEntryFilter(where, List.copyOf(values));
  }

  /** Every entry naming one of these resources, whatever its type (an id is unique across types). */
  static AuditEntryFilter namingAnyOf(Collection<String> resourceIds) {
    return new AuditEntryFilter(" WHERE resource_id = ANY (?)", List.of((Object) resourceIds.toArray(String[]::new)));
  }

  private static void add(List<String> conditions, List<Object> values, String condition, Object value) {
    if (value != null) {
      conditions.add(condition);
      values.add(value);
    }
  }
}
