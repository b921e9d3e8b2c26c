package org.confidant.calls.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.confidant.calls.domain.CallEvent;
import org.junit.jupiter.api.Test;

class CallEventEntityTest {

  private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

  @Test
  void keysPressedAreForgottenButTheirCountIsKept() {
    CallEventEntity digits = new CallEventEntity(new CallEvent(UUID.randomUUID(), 3, T0, CallEvent.Type.DIGITS,
        "987654#"), T0);

    digits.forgetKeysPressed();

    assertThat(digits.toEvent().detail()).isEqualTo("*******");
  }

  @Test
  void otherEventsKeepTheirDetail() {
    CallEventEntity ended = new CallEventEntity(new CallEvent(UUID.randomUUID(), 4, T0, CallEvent.Type.ENDED,
        "CALLER_HUNG_UP"), T0);

    ended.forgetKeysPressed();

    assertThat(ended.toEvent().detail()).isEqualTo("CALLER_HUNG_UP");
  }
}
