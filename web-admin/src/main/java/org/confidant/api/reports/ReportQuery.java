package org.confidant.api.reports;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.confidant.reporting.api.ReportRequest;

/**
 * A report's query parameters, all strings so that a malformed value is a 400 naming the parameter (JAX-RS would
 * answer 404 for a number it cannot convert). {@code from} and {@code to} are dates (midnight in the report's zone)
 * or instants; {@code to} is exclusive; at most 400 days (100 for minute intervals).
 */
public class ReportQuery {

  static final String DATE_OR_INSTANT = "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?Z)?";
  static final Duration LONGEST = Duration.ofDays(400);
  /** Minute intervals over at most 100 days: 9,600 quarter hours is already more rows than anyone reads. */
  static final Duration LONGEST_IN_MINUTES = Duration.ofDays(100);

  @QueryParam("from")
  @NotNull
  @Pattern(regexp = DATE_OR_INSTANT, message = "must be a date (2026-11-01) or an instant (2026-11-01T00:00:00Z)")
  String from;

  @QueryParam("to")
  @NotNull
  @Pattern(regexp = DATE_OR_INSTANT, message = "must be a date (2026-12-01) or an instant (2026-12-01T00:00:00Z)")
  String to;

  @QueryParam("interval")
  @DefaultValue("HOUR")
  @Pattern(regexp = "MINUTES_15|MINUTES_30|HOUR|DAY|WEEK|MONTH",
      message = "must be MINUTES_15, MINUTES_30, HOUR, DAY, WEEK or MONTH")
  String interval;

  @QueryParam("zone")
  @Pattern(regexp = "[A-Za-z0-9_+\\-/]{1,64}", message = "must be a time zone id such as Europe/Paris")
  String zone;

  @QueryParam("serviceLevelSeconds")
  @DefaultValue("20")
  @Pattern(regexp = "[1-9]\\d{0,3}", message = "must be a whole number of seconds from 1 to 9999")
  String serviceLevelSeconds;

  @QueryParam("shortAbandonSeconds")
  @DefaultValue("5")
  @Pattern(regexp = "\\d{1,3}", message = "must be a whole number of seconds from 0 to 999")
  String shortAbandonSeconds;

  @QueryParam("denominator")
  @DefaultValue("ANSWERED_ONLY")
  @Pattern(regexp = "ANSWERED_ONLY|ANSWERED_PLUS_ABANDONED", message = "must be ANSWERED_ONLY or ANSWERED_PLUS_ABANDONED")
  String denominator;

  @QueryParam("queueId")
  @Pattern(regexp = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
      message = "must be a queue id")
  String queueId;

  @QueryParam("format")
  @Pattern(regexp = "json|csv", message = "must be json or csv")
  String format;

  /** For callers other than JAX-RS (the console), with the API's defaults. */
  public static ReportQuery of(String from, String to, String interval, String zone, int serviceLevelSeconds,
      String denominator) {
    ReportQuery query = new ReportQuery();
    query.from = from;
    query.to = to;
    query.interval = interval;
    query.zone = zone;
    query.serviceLevelSeconds = String.valueOf(serviceLevelSeconds);
    query.shortAbandonSeconds = "5";
    query.denominator = denominator;
    return query;
  }

  @AssertTrue(message = "must be a known time zone id such as Europe/Paris")
  public boolean isZoneKnown() {
    return zone == null || parsedZone(zone) != null;
  }

  @AssertTrue(message = "from must be before to, at most 400 days apart (100 days for minute intervals)")
  public boolean isPeriod() {
    if (from == null || to == null || !from.matches(DATE_OR_INSTANT) || !to.matches(DATE_OR_INSTANT)
        || !isZoneKnown()) {
      return true;   // the fields' own constraints say what is wrong
    }
    ZoneId where = zone == null ? ZoneId.of("UTC") : parsedZone(zone);
    Duration length = Duration.between(instant(from, where), instant(to, where));
    Duration longest = interval != null && interval.startsWith("MINUTES") ? LONGEST_IN_MINUTES : LONGEST;
    return !length.isNegative() && !length.isZero() && length.compareTo(longest) <= 0;
  }

  boolean wantsCsv() {
    return "csv".equals(format);
  }

  boolean wantsJson() {
    return "json".equals(format);
  }

  /** The request, in the given zone when the query names none (the site's). */
  public ReportRequest toRequest(String siteZone) {
    String where = zone == null ? siteZone : parsedZone(zone).getId();
    ZoneId zoneId = ZoneId.of(where);
    return new ReportRequest(instant(from, zoneId), instant(to, zoneId), interval, where,
        Integer.parseInt(serviceLevelSeconds), Integer.parseInt(shortAbandonSeconds), denominator,
        queueId == null ? null : UUID.fromString(queueId));
  }

  private static Instant instant(String value, ZoneId zone) {
    return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(zone).toInstant() : Instant.parse(value);
  }

  private static ZoneId parsedZone(String id) {
    try {
      return ZoneId.of(id);
    } catch (DateTimeException unknown) {
      return null;
    }
  }
}
