package org.confidant.telephony.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.UUID;
import org.confidant.calls.api.TelephonyEvent;
import org.junit.jupiter.api.Test;

class KamailioSignalTest {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Test
  void aCallMessageIsTheConnectorEventKamailioNumbered() {
    KamailioSignal signal = JSON.fromJson("{\"kind\":\"call\",\"callId\":\"3b487b72-8dd6-4f75-acf1-b4b9e6fe4ffe\","
        + "\"sequence\":2,\"at\":\"1795577165.162019\",\"type\":\"QUEUED\","
        + "\"detail\":\"00000000-0000-4000-8000-000000000203\"}", KamailioSignal.class);

    TelephonyEvent event = signal.toEvent();

    assertThat(event.callId()).isEqualTo(UUID.fromString("3b487b72-8dd6-4f75-acf1-b4b9e6fe4ffe"));
    assertThat(event.sequence()).isEqualTo(2);
    assertThat(event.occurredAt()).isEqualTo(Instant.ofEpochSecond(1795577165L, 162_019_000L));
    assertThat(event.type()).isEqualTo("QUEUED");
    assertThat(event.detail()).isEqualTo("00000000-0000-4000-8000-000000000203");
  }

  @Test
  void anEmptyDetailIsNone() {
    KamailioSignal ringing = new KamailioSignal("call", UUID.randomUUID(), 3L, "1795577165.5", "RINGING", "", null,
        null);
    assertThat(ringing.toEvent().detail()).isNull();
  }

  @Test
  void aPhoneRegistrationIsADeviceSignalAndNoCallEvent() {
    KamailioSignal device = JSON.fromJson("{\"kind\":\"device\",\"extension\":\"1002\",\"registered\":false}",
        KamailioSignal.class);
    assertThat(device.isDevice()).isTrue();
    assertThat(device.registered()).isFalse();
    assertThatIllegalArgumentException().isThrownBy(device::toEvent);
  }
}
