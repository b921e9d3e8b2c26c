package org.confidant.subjects.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ErasureRequestTest {

  private static final Instant ASKED = Instant.parse("2026-11-25T09:00:00Z");
  private static final RequestReason REASON = new RequestReason("Subject access request DSR-2026-117 by post");

  private final ErasureRequest requested =
      ErasureRequest.request(UUID.randomUUID(), UUID.randomUUID(), REASON, "sam", ASKED);

  @Test
  void anotherPersonApprovesAndTheErasureIsCarriedOut() {
    ErasureRequest approved = requested.approve("alex", ASKED.plusSeconds(60));

    assertThat(approved.state()).isEqualTo(ErasureRequest.State.CARRIED_OUT);
    assertThat(approved.approvedBy()).isEqualTo("alex");
    assertThat(approved.requestedBy()).isEqualTo("sam");
  }

  @Test
  void whoAskedCannotApprove() {
    assertThatThrownBy(() -> requested.approve("sam", ASKED.plusSeconds(60)))
        .isInstanceOfSatisfying(ErasureRuleViolation.class,
            refused -> assertThat(refused.rule()).isEqualTo(ErasureRuleViolation.Rule.SAME_PERSON));
  }

  @Test
  void anErasureIsCarriedOutOnce() {
    ErasureRequest approved = requested.approve("alex", ASKED.plusSeconds(60));

    assertThatThrownBy(() -> approved.approve("kim", ASKED.plusSeconds(120)))
        .isInstanceOfSatisfying(ErasureRuleViolation.class,
            refused -> assertThat(refused.rule()).isEqualTo(ErasureRuleViolation.Rule.NOT_REQUESTED));
  }

  @Test
  void aReasonIsASentenceNotAToken() {
    assertThatThrownBy(() -> new RequestReason("gdpr")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RequestReason(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RequestReason("x".repeat(501))).isInstanceOf(IllegalArgumentException.class);
    assertThat(new RequestReason("  Erasure request ER-88, identity checked  ").text())
        .isEqualTo("Erasure request ER-88, identity checked");
  }
}
