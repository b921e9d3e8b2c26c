import org.confidant.reporting.domain.ReportInterval;
import org.confidant.reporting.infrastructure.ReportSql;

/**
 * Prints the report query exactly as the server runs it (ReportSql), with JDBC's ?N turned into psql's $N, as a
 * prepared statement named after the interval. Run with ejb-routing's classes on the class path.
 */
public class PrintReportSql {

  public static void main(String[] args) {
    for (String name : args) {
      ReportInterval interval = ReportInterval.valueOf(name);
      String sql = ReportSql.query(ReportSql.Group.QUEUE, interval, false).replaceAll("\\?(\\d)", "\\$$1");
      System.out.println("PREPARE report_" + name.toLowerCase() + " (timestamptz, timestamptz, text, text, bigint,"
          + " bigint) AS " + sql + ";");
    }
  }
}
