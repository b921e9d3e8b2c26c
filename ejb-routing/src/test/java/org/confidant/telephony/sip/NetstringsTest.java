package org.confidant.telephony.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NetstringsTest {

  @Test
  void aMessageSplitAcrossReadsIsAnsweredWhenItsLastByteArrives() {
    Netstrings frames = new Netstrings();
    byte[] first = "20:{\"kind\":\"heart".getBytes(StandardCharsets.UTF_8);
    byte[] rest = "beat\"},5:hello,2:".getBytes(StandardCharsets.UTF_8);

    assertThat(frames.feed(first, first.length)).isEmpty();
    assertThat(frames.feed(rest, rest.length)).containsExactly("{\"kind\":\"heartbeat\"}", "hello");
    assertThat(frames.feed("ok,".getBytes(StandardCharsets.UTF_8), 3)).containsExactly("ok");
  }

  @Test
  void theLengthCountsBytesNotCharacters() {
    byte[] frame = Netstrings.encode("Zoë");
    assertThat(new String(frame, StandardCharsets.UTF_8)).isEqualTo("4:Zoë,");
    assertThat(new Netstrings().feed(frame, frame.length)).containsExactly("Zoë");
  }

  @Test
  void aStreamThatIsNoNetstringIsRefused() {
    byte[] noComma = "3:abcX".getBytes(StandardCharsets.UTF_8);
    assertThatIllegalArgumentException().isThrownBy(() -> new Netstrings().feed(noComma, noComma.length));
    byte[] noLength = "{\"kind\":1}".getBytes(StandardCharsets.UTF_8);
    assertThatIllegalArgumentException().isThrownBy(() -> new Netstrings().feed(noLength, noLength.length));
    byte[] huge = "99999999:".getBytes(StandardCharsets.UTF_8);
    assertThatIllegalArgumentException().isThrownBy(() -> new Netstrings().feed(huge, huge.length));
  }
}
