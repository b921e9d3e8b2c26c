package org.confidant.recordings.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An inclusive range of plaintext bytes of a recording, as HTTP range requests (RFC 9110 §14) name them.
 *
 * <p>{@link #requested} follows the RFC's leeway: a header that cannot be parsed, or that asks for several ranges,
 * is ignored (the whole recording is answered, 200); a single well-formed range that selects no byte is
 * unsatisfiable (416).
 */
public record ByteRange(long first, long last) {

  private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

  public ByteRange {
    if (first < 0 || last < first) {
      throw new IllegalArgumentException("a byte range needs 0 <= first <= last");
    }
  }

  /** The whole of a non-empty representation of {@code length} bytes. */
  public static ByteRange whole(long length) {
    return new ByteRange(0, length - 1);
  }

  public long length() {
    return last - first + 1;
  }

  /** The value of a 206's Content-Range header. */
  public String contentRange(long totalLength) {
    return "bytes " + first + "-" + last + "/" + totalLength;
  }

  /**
   * The part of a representation of {@code length} bytes that a Range header asks for; empty when the whole is to
   * be answered (no header, a header we ignore).
   *
   * @throws UnsatisfiableRange for a single well-formed range that selects no byte
   */
  public static Optional<ByteRange> requested(String header, long length) {
    if (header == null) {
      return Optional.empty();
    }
    Matcher single = SINGLE.matcher(header.strip().toLowerCase(Locale.ROOT));
    if (!single.matches() || single.group(1).isEmpty() && single.group(2).isEmpty()) {
      return Optional.empty();
    }
    if (single.group(1).isEmpty()) {
      return Optional.of(suffix(Long.parseLong(single.group(2)), length));
    }
    long first = Long.parseLong(single.group(1));
    if (!single.group(2).isEmpty() && Long.parseLong(single.group(2)) < first) {
      return Optional.empty(); // invalid: last before first, so the header is ignored
    }
    if (first >= length) {
      throw new UnsatisfiableRange(length);
    }
    long last = single.group(2).isEmpty() ? length - 1 : Math.min(Long.parseLong(single.group(2)), length - 1);
    return Optional.of(new ByteRange(first, last));
  }

  /** "bytes=-n": the last n bytes (all of them when the recording is shorter). */
  private static ByteRange suffix(long count, long length) {
    if (count == 0 || length == 0) {
      throw new UnsatisfiableRange(length);
    }
    return new ByteRange(Math.max(0, length - count), length - 1);
  }
}
