package org.confidant.audit.search.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.confidant.audit.AuditOutcome;
import org.junit.jupiter.api.Test;

class AuditQueryTest {

  private static final Instant MORNING = Instant.parse("2026-11-25T08:00:00Z");
  private static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");

  @Test
  void blankCriteriaMeanAny() {
    AuditQuery query = new AuditQuery(" ", "", null, "  login ", AuditOutcome.FAILED, null, null, 0, 50);

    assertThat(query.actor()).isNull();
    assertThat(query.resourceType()).isNull();
    assertThat(query.action()).isEqualTo("login");
  }

  @Test
  void aPageStartsAtItsOffset() {
    assertThat(new AuditQuery(null, null, null, null, null, null, null, 3, 20).offset()).isEqualTo(60);
  }

  @Test
  void refusesAnEmptyOrBackwardsTimeRange() {
    assertThatThrownBy(() -> new AuditQuery(null, null, null, null, null, NOON, MORNING, 0, 50))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AuditQuery(null, null, null, null, null, NOON, NOON, 0, 50))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesPagesOutOfBounds() {
    assertThatThrownBy(() -> new AuditQuery(null, null, null, null, null, null, null, -1, 50))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AuditQuery(null, null, null, null, null, null, null, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AuditQuery(null, null, null, null, null, null, null, 0, AuditQuery.MAX_SIZE + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTimelineIsEveryEntryAboutOneResource() {
    AuditQuery timeline = AuditQuery.timelineOf("contact", "c-42", 0, 50);

    assertThat(timeline.resourceType()).isEqualTo("contact");
    assertThat(timeline.resourceId()).isEqualTo("c-42");
    assertThat(timeline.actor()).isNull();
    assertThat(timeline.action()).isNull();
    assertThatThrownBy(() -> AuditQuery.timelineOf("contact", " ", 0, 50))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPageKnowsWhetherMoreFollow() {
    AuditPage first = new AuditPage(java.util.List.of(), 0, 50, 120);
    AuditPage last = new AuditPage(java.util.List.of(), 2, 50, 120);

    assertThat(first.pages()).isEqualTo(3);
    assertThat(first.hasNext()).isTrue();
    assertThat(first.hasPrevious()).isFalse();
    assertThat(last.hasNext()).isFalse();
    assertThat(last.hasPrevious()).isTrue();
  }
}
