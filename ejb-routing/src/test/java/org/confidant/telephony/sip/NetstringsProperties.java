package org.confidant.telephony.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class NetstringsProperties {

  /** However TCP cuts the stream, the reader answers exactly the messages sent, in order. */
  @Property
  boolean messagesSurviveAnyCuttingOfTheStream(
      @ForAll @Size(max = 8) List<@StringLength(max = 40) String> messages,
      @ForAll @IntRange(min = 1, max = 17) int cut) {
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    messages.forEach(message -> stream.writeBytes(Netstrings.encode(message)));
    byte[] bytes = stream.toByteArray();
    Netstrings reader = new Netstrings();
    List<String> received = new ArrayList<>();
    for (int from = 0; from < bytes.length; from += cut) {
      int length = Math.min(cut, bytes.length - from);
      byte[] read = new byte[length];
      System.arraycopy(bytes, from, read, 0, length);
      received.addAll(reader.feed(read, length));
    }
    assertThat(received).isEqualTo(messages);
    return true;
  }
}
