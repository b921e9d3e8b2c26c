package org.confidant.telephony.sip;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Netstring framing ({@code <length>:<bytes>,}) of the Kamailio link: evapi's framing, so a message split across
 * TCP reads, or several in one read, is taken apart exactly.
 */
public final class Netstrings {

  /** Longer frames are refused: Kamailio's messages are a few hundred bytes. */
  static final int MAX_FRAME = 64 * 1024;

  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

  /** One message as a netstring. */
  public static byte[] encode(String message) {
    byte[] body = message.getBytes(StandardCharsets.UTF_8);
    byte[] head = (body.length + ":").getBytes(StandardCharsets.US_ASCII);
    byte[] frame = new byte[head.length + body.length + 1];
    System.arraycopy(head, 0, frame, 0, head.length);
    System.arraycopy(body, 0, frame, head.length, body.length);
    frame[frame.length - 1] = ',';
    return frame;
  }

  /**
   * Takes bytes as they were read and answers the messages they complete, in order; an incomplete tail waits for
   * the next read. A stream that is no netstring is an {@link IllegalArgumentException}: the link cannot resync.
   */
  public List<String> feed(byte[] bytes, int length) {
    pending.write(bytes, 0, length);
    byte[] buffer = pending.toByteArray();
    List<String> messages = new ArrayList<>();
    int start = 0;
    while (true) {
      int colon = indexOf(buffer, (byte) ':', start);
      if (colon < 0) {
        requireDigits(buffer, start, buffer.length);
        break;
      }
      int size = length(buffer, start, colon);
      int end = colon + 1 + size;
      if (end >= buffer.length) {
        break;
      }
      if (buffer[end] != ',') {
        throw new IllegalArgumentException("a netstring does not end with ','");
      }
      messages.add(new String(buffer, colon + 1, size, StandardCharsets.UTF_8));
      start = end + 1;
    }
    pending.reset();
    pending.write(buffer, start, buffer.length - start);
    return messages;
  }

  private static int length(byte[] buffer, int from, int colon) {
    if (colon == from) {
      throw new IllegalArgumentException("a netstring has no length");
    }
    requireDigits(buffer, from, colon);
    long size = 0;
    for (int i = from; i < colon; i++) {
      size = size * 10 + (buffer[i] - '0');
      if (size > MAX_FRAME) {
        throw new IllegalArgumentException("a netstring is longer than " + MAX_FRAME + " bytes");
      }
    }
    return (int) size;
  }

  private static void requireDigits(byte[] buffer, int from, int to) {
    if (to - from > String.valueOf(MAX_FRAME).length()) {
      throw new IllegalArgumentException("a netstring's length is too long");
    }
    for (int i = from; i < to; i++) {
      if (buffer[i] < '0' || buffer[i] > '9') {
        throw new IllegalArgumentException("a netstring's length is not a number");
      }
    }
  }

  private static int indexOf(byte[] buffer, byte wanted, int from) {
    for (int i = from; i < buffer.length; i++) {
      if (buffer[i] == wanted) {
        return i;
      }
    }
    return -1;
  }
}
