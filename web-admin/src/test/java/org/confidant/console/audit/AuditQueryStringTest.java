package org.confidant.console.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.confidant.api.audit.AuditSearchParams;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.search.domain.AuditQuery;
import org.junit.jupiter.api.Test;

class AuditQueryStringTest {

  @Test
  void aSearchSurvivesTheRoundTripThroughItsLink() {
    AuditSearchParams criteria = new AuditSearchParams();
    AuditQueryString.read(Map.of("actor", " demo.agent ", "resourceId", "c 42&x=1", "outcome", "FAILED",
        "unrelated", "ignored"), criteria);

    String query = AuditQueryString.of(criteria, Map.of("page", "3"));

    assertThat(query).isEqualTo("actor=demo.agent&resourceId=c+42%26x%3D1&outcome=FAILED&page=3&size=50");
    AuditSearchParams again = new AuditSearchParams();
    AuditQueryString.read(Map.of("actor", "demo.agent", "resourceId", "c 42&x=1", "outcome", "FAILED", "page", "3"),
        again);
    assertThat(again.toQuery()).isEqualTo(new AuditQuery("demo.agent", null, "c 42&x=1", null, AuditOutcome.FAILED,
        null, null, 3, AuditQuery.DEFAULT_SIZE));
  }

  @Test
  void emptyFieldsAndRemovedOnesAreLeftOut() {
    AuditSearchParams criteria = new AuditSearchParams();
    criteria.setAction("");

    assertThat(AuditQueryString.of(criteria, Map.of("page", "", "format", "json"))).isEqualTo("size=50&format=json");
  }
}
