package org.confidant.reporting.infrastructure;

import org.confidant.reporting.domain.ReportInterval;

/**
 * The report query: report_call aggregated in PostgreSQL per interval and queue (or agent), the sums of
 * {@link org.confidant.reporting.domain.TrafficTotals}. Parameters: ?1 from, ?2 to (queued_at in [from, to)),
 * ?3 the zone, ?4 the interval ('15 minutes'… or 'day'/'week'/'month'), ?5 the service level threshold and ?6 the
 * short abandon threshold in ms, ?7 the queue when narrowed to one. Columns: interval start (epoch ms), group id,
 * group name, then the sums in TrafficTotals' order. Also used by bench/reports.
 */
public final class ReportSql {

  /** Who a row is about. */
  public enum Group {
    QUEUE("f.queue_id", "LEFT JOIN queue g ON g.id = t.grp", "g.name", ""),
    AGENT("f.agent_id", "LEFT JOIN agent g ON g.id = t.grp", "g.display_name", " AND f.agent_id IS NOT NULL");

    private final String column;
    private final String join;
    private final String name;
    private final String filter;

    Group(String column, String join, String name, String filter) {
      this.column = column;
      this.join = join;
      this.name = name;
      this.filter = filter;
    }
  }

  private ReportSql() {}

  /** The value of ?4 for an interval. */
  public static String intervalParameter(ReportInterval interval) {
    return interval.isCalendar() ? interval.name().toLowerCase(java.util.Locale.ROOT) : interval.minutes() + " minutes";
  }

  public static String query(Group group, ReportInterval interval, boolean oneQueue) {
    return "SELECT (extract(epoch FROM t.bucket) * 1000)::bigint, t.grp, " + group.name + ", t.offered, t.answered,"
        + " t.abandoned, t.short_abandoned, t.in_sl, t.answer_wait, t.talk, t.hold, t.wrap_up, t.transfers,"
        + " t.callbacks FROM (SELECT " + bucket(interval) + " AS bucket, " + group.column + " AS grp,"
        + " count(*) AS offered,"
        + " count(f.answered_at) AS answered,"
        + " count(*) FILTER (WHERE f.abandoned) AS abandoned,"
        + " count(*) FILTER (WHERE f.abandoned AND f.wait_ms < ?6) AS short_abandoned,"
        + " count(*) FILTER (WHERE f.answered_at IS NOT NULL AND f.wait_ms <= ?5) AS in_sl,"
        + " coalesce(sum(f.wait_ms) FILTER (WHERE f.answered_at IS NOT NULL), 0)::bigint AS answer_wait,"
        + " coalesce(sum(f.talk_ms), 0)::bigint AS talk,"
        + " coalesce(sum(f.hold_ms), 0)::bigint AS hold,"
        + " coalesce(sum(f.wrap_up_ms), 0)::bigint AS wrap_up,"
        + " coalesce(sum(f.transfers), 0)::bigint AS transfers,"
        + " count(*) FILTER (WHERE f.callback) AS callbacks"
        + " FROM report_call f WHERE f.queued_at >= ?1 AND f.queued_at < ?2" + group.filter
        + (oneQueue ? " AND f.queue_id = ?7" : "")
        + " GROUP BY 1, 2) t " + group.join + " ORDER BY t.bucket, " + group.name + " NULLS LAST, t.grp";
  }

  /**
   * The start of a call's interval, as {@link ReportInterval#start}: calendar intervals by date_trunc in the zone;
   * minute intervals as queued_at − (local time − local time binned), which keeps a repeated DST hour apart.
   */
  private static String bucket(ReportInterval interval) {
    if (interval.isCalendar()) {
      return "date_trunc(?4, f.queued_at, ?3)";
    }
    return "f.queued_at - ((f.queued_at AT TIME ZONE ?3)"
        + " - date_bin(CAST(?4 AS interval), f.queued_at AT TIME ZONE ?3, TIMESTAMP '2000-01-01'))";
  }
}
