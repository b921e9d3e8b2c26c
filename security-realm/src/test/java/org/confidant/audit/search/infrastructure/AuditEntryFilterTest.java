package org.confidant.audit.search.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.search.domain.AuditQuery;
import org.junit.jupiter.api.Test;

class AuditEntryFilterTest {

  @Test
  void noCriteriaFindEverything() {
    AuditEntryFilter filter = AuditEntryFilter.of(new AuditQuery(null, null, null, null, null, null, null, 0, 50));

    assertThat(filter.where()).isEmpty();
    assertThat(filter.values()).isEmpty();
  }

  @Test
  void everyCriterionIsABoundParameterInColumnOrder() {
    Instant from = Instant.parse("2026-11-25T08:00:00Z");
    Instant to = Instant.parse("2026-11-26T08:00:00Z");
    AuditQuery query = new AuditQuery("sam", "contact", "c-42", "contact.read", AuditOutcome.DENIED, from, to, 0, 50);

    AuditEntryFilter filter = AuditEntryFilter.of(query);

    assertThat(filter.where()).isEqualTo(" WHERE actor = ? AND resource_type = ? AND resource_id = ? AND action = ?"
        + " AND outcome = ? AND recorded_at >= ? AND recorded_at < ?");
    assertThat(filter.values()).containsExactly("sam", "contact", "c-42", "contact.read", "DENIED",
        OffsetDateTime.of(2026, 11, 25, 8, 0, 0, 0, ZoneOffset.UTC), OffsetDateTime.of(2026, 11, 26, 8, 0, 0, 0,
            ZoneOffset.UTC));
  }

  @Test
  void whatAnAuditorTypesNeverBecomesSql() {
    AuditEntryFilter filter = AuditEntryFilter.of(
        new AuditQuery("x' OR '1'='1", null, null, null, null, null, null, 0, 50));

    assertThat(filter.where()).isEqualTo(" WHERE actor = ?");
    assertThat(filter.values()).containsExactly("x' OR '1'='1");
  }
}
