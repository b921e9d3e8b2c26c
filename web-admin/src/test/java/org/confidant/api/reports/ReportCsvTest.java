package org.confidant.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.confidant.reporting.api.Report;
import org.confidant.reporting.api.ReportRequest;
import org.confidant.reporting.api.ReportRow;
import org.junit.jupiter.api.Test;

class ReportCsvTest {

  private static final UUID QUEUE = UUID.fromString("00000000-0000-4000-8000-000000000201");

  @Test
  void rowsAreLocalTimesWithOffsetsAndTheServiceLevelColumnNamesItsDenominator() {
    ReportRequest request = new ReportRequest(Instant.parse("2026-10-24T22:00:00Z"),
        Instant.parse("2026-10-25T23:00:00Z"), "HOUR", "Europe/Paris", 20, 5, "ANSWERED_ONLY", null);
    Report report = new Report(request, "answered within 20 s ÷ answered", List.of(
        new ReportRow(Instant.parse("2026-10-25T00:00:00Z"), QUEUE, "Appointments, main", 6, 3, 2, 1, 40 / 3.0,
            520 / 3.0, 200 / 3.0, 100 / 3.0, null, 1, 1),
        new ReportRow(Instant.parse("2026-10-25T01:00:00Z"), null, "=HYPERLINK(1)", 1, 0, 1, 0, null, null, null,
            100.0, null, 0, 0)));

    String[] lines = ReportCsv.of(report, "queue").split("\r\n");

    assertThat(lines[0]).contains("\"service_level_pct (answered within 20 s ÷ answered)\"".replace("\"", ""));
    assertThat(lines[1]).isEqualTo("2026-10-25T02:00:00+02:00," + QUEUE
        + ",\"Appointments, main\",6,3,2,1,13.33,173.33,66.67,33.33,,1,1");
    assertThat(lines[2]).as("the repeated hour, in winter time; a formula is defused")
        .isEqualTo("2026-10-25T02:00:00+01:00,,'=HYPERLINK(1),1,0,1,0,,,,100.00,,0,0");
  }

  @Test
  void quotesAreDoubledInsideQuotedCells() {
    assertThat(ReportCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(ReportCsv.cell("-12.5")).as("a negative number stays a number").isEqualTo("-12.5");
  }
}
