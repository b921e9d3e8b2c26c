package org.confidant.audit.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * The byte encoding hashed and signed (docs/audit.md, "Canonical form"): a sequence of fields, each either
 * a number (8 bytes, big-endian, two's complement) or a byte string prefixed by its length (4 bytes, big-endian);
 * text is UTF-8 (exactly as stored, no normalisation), an absent text has length -1 ({@code FF FF FF FF}) and no
 * bytes, an instant is the text {@code yyyy-MM-ddTHH:mm:ss.ffffffZ} (UTC, always six fraction digits).
 * One instance is reused field after field; it is not thread-safe.
 */
final class CanonicalForm {

  static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private byte[] buffer = new byte[256];
  private int size;

  CanonicalForm reset() {
    size = 0;
    return this;
  }

  CanonicalForm number(long value) {
    ensure(8);
    for (int shift = 56; shift >= 0; shift -= 8) {
      buffer[size++] = (byte) (value >>> shift);
    }
    return this;
  }

  CanonicalForm text(String value) {
    return value == null ? length(-1) : bytes(value.getBytes(StandardCharsets.UTF_8));
  }

  CanonicalForm instant(Instant value) {
    return text(INSTANT.format(value));
  }

  CanonicalForm bytes(byte[] value) {
    length(value.length);
    ensure(value.length);
    System.arraycopy(value, 0, buffer, size, value.length);
    size += value.length;
    return this;
  }

  byte[] toBytes() {
    return Arrays.copyOf(buffer, size);
  }

  void writeTo(java.security.MessageDigest digest) {
    digest.update(buffer, 0, size);
  }

  private CanonicalForm length(int value) {
    ensure(4);
    for (int shift = 24; shift >= 0; shift -= 8) {
      buffer[size++] = (byte) (value >>> shift);
    }
    return this;
  }

  private void ensure(int more) {
    if (size + more > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
    }
  }
}
