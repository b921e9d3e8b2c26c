package org.confidant.reporting.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The report query: report_call aggregated in PostgreSQL per interval and queue (or agent), the sums of
 * {@link org.confidant.reporting.domain.TrafficTotals}. The intervals' starts are computed in Java
 * ({@link org.confidant.reporting.domain.ReportInterval#starts}, where the time zone and DST rules live and are
 * tested) and passed as one array; PostgreSQL places each call with {@code width_bucket}, a binary search, which
 * costs far less per row than converting every timestamp to the zone's wall clock. The array is parsed once, in a
 * sub-select (an init plan): written as a bare cast, PostgreSQL would parse it again for every row.
 *
 * <p>Parameters: ?1 from, ?2 to (queued_at in [from, to)), ?3 the interval starts ({@link #starts}), ?4 the service
 * level threshold and ?5 the short abandon threshold in ms, ?6 the queue when narrowed to one. Columns: the
 * interval's number (1 = the first start), group id, group name, then the sums in TrafficTotals' order. Also run by
 * bench/reports-bench.sh.
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

  /** The value of ?3: the interval starts as a PostgreSQL array literal of timestamptz. */
  public static String starts(List<Instant> starts) {
    return starts.stream().map(Instant::toString).collect(Collectors.joining(",", "{", "}"));
  }

  public static String query(Group group, boolean oneQueue) {
    return "SELECT t.bucket, t.grp, " + group.name + ", t.offered, t.answered,"
        + " t.abandoned, t.short_abandoned, t.in_sl, t.answer_wait, t.talk, t.hold, t.wrap_up, t.transfers,"
        + " t.callbacks FROM (SELECT width_bucket(f.queued_at, (SELECT CAST(?3 AS timestamptz[]))) AS bucket, "
        + group.column + " AS grp,"
        + " count(*) AS offered,"
        + " count(f.answered_at) AS answered,"
        + " count(*) FILTER (WHERE f.abandoned) AS abandoned,"
        + " count(*) FILTER (WHERE f.abandoned AND f.wait_ms < ?5) AS short_abandoned,"
        + " count(*) FILTER (WHERE f.answered_at IS NOT NULL AND f.wait_ms <= ?4) AS in_sl,"
        + " coalesce(sum(f.wait_ms) FILTER (WHERE f.answered_at IS NOT NULL), 0)::bigint AS answer_wait,"
        + " coalesce(sum(f.talk_ms), 0)::bigint AS talk,"
        + " coalesce(sum(f.hold_ms), 0)::bigint AS hold,"
        + " coalesce(sum(f.wrap_up_ms), 0)::bigint AS wrap_up,"
        + " coalesce(sum(f.transfers), 0)::bigint AS transfers,"
        + " count(*) FILTER (WHERE f.callback) AS callbacks"
        + " FROM report_call f WHERE f.queued_at >= ?1 AND f.queued_at < ?2" + group.filter
        + (oneQueue ? " AND f.queue_id = ?6" : "")
        + " GROUP BY 1, 2) t " + group.join + " ORDER BY t.bucket, " + group.name + " NULLS LAST, t.grp";
  }
}
