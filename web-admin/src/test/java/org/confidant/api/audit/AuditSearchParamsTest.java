package org.confidant.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.search.domain.AuditQuery;
import org.junit.jupiter.api.Test;

class AuditSearchParamsTest {

  private static AuditSearchParams between(String from, String to) {
    AuditSearchParams params = new AuditSearchParams();
    params.setFrom(from);
    params.setTo(to);
    return params;
  }

  @Test
  void noCriteriaAskForTheFirstPageOfEverything() {
    AuditQuery query = new AuditSearchParams().toQuery();

    assertThat(query.page()).isZero();
    assertThat(query.size()).isEqualTo(AuditQuery.DEFAULT_SIZE);
    assertThat(query.actor()).isNull();
    assertThat(query.from()).isNull();
  }

  @Test
  void theConsolesEmptyFieldsMeanAny() {
    AuditSearchParams params = between("", "");
    params.setOutcome("");
    params.setPage("");
    params.setSize("");

    AuditQuery query = params.toQuery();

    assertThat(query.outcome()).isNull();
    assertThat(query.size()).isEqualTo(AuditQuery.DEFAULT_SIZE);
    assertThat(params.isTimeRange()).isTrue();
  }

  @Test
  void readsEveryCriterion() {
    AuditSearchParams params = between("2026-11-25T08:00:00Z", "2026-11-25T09:30");
    params.setActor("demo.agent");
    params.setResourceType("contact");
    params.setResourceId("c-42");
    params.setAction("contact.read");
    params.setOutcome("DENIED");
    params.setPage("2");
    params.setSize("20");

    AuditQuery query = params.toQuery();

    assertThat(query).isEqualTo(new AuditQuery("demo.agent", "contact", "c-42", "contact.read", AuditOutcome.DENIED,
        Instant.parse("2026-11-25T08:00:00Z"), Instant.parse("2026-11-25T09:30:00Z"), 2, 20));
  }

  @Test
  void aDayAsToIncludesThatWholeDay() {
    AuditQuery query = between("2026-11-25", "2026-11-25").toQuery();

    assertThat(query.from()).isEqualTo(Instant.parse("2026-11-25T00:00:00Z"));
    assertThat(query.to()).isEqualTo(Instant.parse("2026-11-26T00:00:00Z"));
  }

  @Test
  void aBackwardsOrImpossibleRangeIsRefused() {
    assertThat(between("2026-11-26", "2026-11-25T12:00:00Z").isTimeRange()).isFalse();
    assertThat(between("2026-13-45", null).isTimeRange()).isFalse();
  }

  @Test
  void aMalformedTimeIsLeftToItsPatternViolation() {
    assertThat(between("yesterday", "2026-11-25").isTimeRange()).isTrue();
  }

  @Test
  void anExportIsCsvUnlessAskedForJson() {
    AuditExportParams params = new AuditExportParams();
    assertThat(params.toFormat().extension()).isEqualTo("csv");
    params.setFormat("json");
    assertThat(params.toFormat().extension()).isEqualTo("json");
  }
}
