import java.time.Instant;
import java.time.ZoneId;
import org.confidant.reporting.domain.ReportInterval;
import org.confidant.reporting.infrastructure.ReportSql;

/**
 * Prints, for psql, the report query exactly as the server runs it (ReportSql, with JDBC's ?N turned into $N) as
 * the prepared statement {@code report}, and each interval's starts (ReportInterval.starts) as a psql variable
 * {@code starts_<interval>}. Arguments: from, to (instants), zone, then interval names. Run with ejb-routing's
 * classes on the class path.
 */
public class PrintReportSql {

  public static void main(String[] args) {
    Instant from = Instant.parse(args[0]);
    Instant to = Instant.parse(args[1]);
    ZoneId zone = ZoneId.of(args[2]);
    String sql = ReportSql.query(ReportSql.Group.QUEUE, false).replaceAll("\\?(\\d)", "\\$$1");
    System.out.println("PREPARE report (timestamptz, timestamptz, text, bigint, bigint) AS " + sql + ";");
    for (int i = 3; i < args.length; i++) {
      ReportInterval interval = ReportInterval.valueOf(args[i]);
      System.out.println("\\set starts_" + args[i].toLowerCase() + " '"
          + ReportSql.starts(interval.starts(from, to, zone)) + "'");
    }
  }
}
