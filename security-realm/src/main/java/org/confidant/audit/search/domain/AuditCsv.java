package org.confidant.audit.search.domain;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Entries as CSV (RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, quote or line
 * break). A field that a spreadsheet would run as a formula (starting with =, +, - or @) gets a leading apostrophe.
 */
public final class AuditCsv {

  static final String HEADER = "id,recorded_at,actor,roles,action,resource_type,resource_id,outcome,client_address,reason";
  private static final String CRLF = "\r\n";

  private AuditCsv() {}

  public static String of(List<AuditRecord> entries) {
    StringBuilder csv = new StringBuilder(HEADER).append(CRLF);
    entries.forEach(entry -> csv.append(line(entry)).append(CRLF));
    return csv.toString();
  }

  private static String line(AuditRecord entry) {
    return Stream.of(String.valueOf(entry.id()), entry.recordedAt().toString(), entry.actor(), entry.roles(),
            entry.action(), entry.resourceType(), entry.resourceId(), entry.outcome().name(), entry.clientAddress(),
            entry.reason())
        .map(AuditCsv::field)
        .collect(Collectors.joining(","));
  }

  static String field(String value) {
    if (value == null) {
      return "";
    }
    String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    boolean quote = safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
    return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
  }
}
