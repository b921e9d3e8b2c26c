package org.confidant.audit.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants as the canonical form writes them, {@code yyyy-MM-ddTHH:mm:ss.ffffffZ} (UTC, six fraction digits), with
 * a fast path for exactly that shape: verification parses and formats one per entry, and the JDK's general
 * formatters cost more than hashing the entry.
 */
final class CanonicalTime {

  private static final int LENGTH = 27;

  private CanonicalTime() {}

  static String format(Instant instant) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
    if (t.getYear() < 0 || t.getYear() > 9999) {
      return CanonicalForm.INSTANT.format(instant);
    }
    char[] text = new char[LENGTH];
    digits(text, 0, t.getYear(), 4);
    text[4] = '-';
    digits(text, 5, t.getMonthValue(), 2);
    text[7] = '-';
    digits(text, 8, t.getDayOfMonth(), 2);
    text[10] = 'T';
    digits(text, 11, t.getHour(), 2);
    text[13] = ':';
    digits(text, 14, t.getMinute(), 2);
    text[16] = ':';
    digits(text, 17, t.getSecond(), 2);
    text[19] = '.';
    digits(text, 20, t.getNano() / 1000, 6);
    text[26] = 'Z';
    return new String(text);
  }

  /** Reads the canonical shape fast and any other ISO-8601 instant the JDK's way. */
  static Instant parse(String text) {
    if (text.length() != LENGTH || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
        || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != '.' || text.charAt(26) != 'Z') {
      return Instant.parse(text);
    }
    return LocalDateTime.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2), number(text, 11, 2),
        number(text, 14, 2), number(text, 17, 2), number(text, 20, 6) * 1000).toInstant(ZoneOffset.UTC);
  }

  private static void digits(char[] text, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      text[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  private static int number(String text, int at, int width) {
    int value = 0;
    for (int i = at; i < at + width; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("not a time: " + text);
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
