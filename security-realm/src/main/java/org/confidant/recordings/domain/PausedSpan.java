package org.confidant.recordings.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of the captured stream that was paused (a caller reading out card details): source bytes
 * {@code [start, end)} of the request body, which are never stored. Written {@code start-end} in requests.
 */
public record PausedSpan(long start, long end) {

  /** The form the API accepts, checked by Bean Validation before {@link #parse}. */
  public static final String FORMAT = "\\d{1,18}-\\d{1,18}";
  private static final Pattern PATTERN = Pattern.compile("(\\d{1,18})-(\\d{1,18})");

  public PausedSpan {
    if (start < 0 || end <= start) {
      throw new InvalidPausedSpans("a paused span needs 0 <= start < end");
    }
  }

  public static PausedSpan parse(String text) {
    Matcher matcher = PATTERN.matcher(text == null ? "" : text.strip());
    if (!matcher.matches()) {
      throw new InvalidPausedSpans("a paused span is written start-end (source byte offsets, end exclusive)");
    }
    return new PausedSpan(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)));
  }

  public long length() {
    return end - start;
  }
}
