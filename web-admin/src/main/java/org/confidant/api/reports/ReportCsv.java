package org.confidant.api.reports;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.StringJoiner;
import org.confidant.reporting.api.Report;
import org.confidant.reporting.api.ReportRow;

/**
 * A report as CSV (RFC 4180: comma-separated, CRLF, quoted where needed). Interval starts are local times with
 * their offset in the report's zone; the service level column names its denominator. A cell a spreadsheet would
 * run as a formula (starting with = + - @) is prefixed with an apostrophe.
 */
public final class ReportCsv {

  private ReportCsv() {}

  public static String of(Report report, String groupLabel) {
    ZoneId zone = ZoneId.of(report.request().zone());
    StringBuilder csv = new StringBuilder();
    line(csv, "interval_start", groupLabel + "_id", groupLabel, "offered", "answered", "abandoned", "short_abandoned",
        "average_speed_of_answer_s", "average_handle_time_s", "service_level_pct (" + report.serviceLevelLabel() + ")",
        "abandon_rate_pct", "occupancy_pct", "transfers", "callbacks");
    for (ReportRow row : report.rows()) {
      line(csv, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(row.intervalStart().atZone(zone)),
          row.groupId() == null ? "" : row.groupId().toString(), row.groupName() == null ? "" : row.groupName(),
          String.valueOf(row.offered()), String.valueOf(row.answered()), String.valueOf(row.abandoned()),
          String.valueOf(row.shortAbandoned()), decimal(row.averageSpeedOfAnswerSeconds()),
          decimal(row.averageHandleTimeSeconds()), decimal(row.serviceLevelPercent()),
          decimal(row.abandonRatePercent()), decimal(row.occupancyPercent()), String.valueOf(row.transfers()),
          String.valueOf(row.callbacks()));
    }
    return csv.toString();
  }

  private static void line(StringBuilder csv, String... cells) {
    StringJoiner line = new StringJoiner(",", "", "\r\n");
    for (String cell : cells) {
      line.add(cell(cell));
    }
    csv.append(line);
  }

  static String cell(String value) {
    String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+(\\.\\d+)?")
        ? "'" + value : value;
    boolean quoted = safe.chars().anyMatch(c -> c == '"' || c == ',' || c == '\r' || c == '\n');
    return quoted ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }

  private static String decimal(Double value) {
    return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
  }
}
