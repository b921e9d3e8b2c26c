package org.confidant.interactions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.confidant.interactions.domain.WrapUpRule.OpenWrapUp;
import org.junit.jupiter.api.Test;

class WrapUpRuleTest {

  private final UUID call = UUID.randomUUID();

  @Test
  void aQueueThatRequiresADispositionHoldsTheWrapUpUntilOneIsGiven() {
    assertThat(WrapUpRule.awaitingDisposition(List.of(new OpenWrapUp(call, true, null)))).containsExactly(call);
    assertThat(WrapUpRule.awaitingDisposition(List.of(new OpenWrapUp(call, true, "BOOKED")))).isEmpty();
  }

  @Test
  void aQueueThatDoesNotRequireOneNeverHoldsIt() {
    assertThat(WrapUpRule.awaitingDisposition(List.of(new OpenWrapUp(call, false, null)))).isEmpty();
    assertThat(WrapUpRule.awaitingDisposition(List.of())).isEmpty();
  }
}
