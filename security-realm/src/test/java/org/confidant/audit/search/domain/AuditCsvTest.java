package org.confidant.audit.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.confidant.audit.AuditOutcome;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

  @Test
  void writesAHeaderAndOneLinePerEntryWithCrlf() {
    AuditRecord entry = new AuditRecord(7, Instant.parse("2026-11-25T08:00:00.123Z"), "sam", "supervisor",
        "queue.updated", "queue", "q-1", AuditOutcome.SUCCESS, "10.0.0.7", null);

    assertThat(AuditCsv.of(List.of(entry))).isEqualTo(AuditCsv.HEADER + "\r\n"
        + "7,2026-11-25T08:00:00.123Z,sam,supervisor,queue.updated,queue,q-1,SUCCESS,10.0.0.7,\r\n");
  }

  @Test
  void quotesCommasQuotesAndLineBreaksAndLeavesAMissingIdEmpty() {
    assertThat(AuditCsv.field("admin,auditor")).isEqualTo("\"admin,auditor\"");
    assertThat(AuditCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(AuditCsv.field("a\nb")).isEqualTo("\"a\nb\"");
    assertThat(AuditCsv.field(null)).isEmpty();
  }

  @Test
  void aFieldASpreadsheetWouldRunAsAFormulaIsDefused() {
    assertThat(AuditCsv.field("=HYPERLINK(\"x\")")).startsWith("\"'=");
    assertThat(AuditCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
  }
}
