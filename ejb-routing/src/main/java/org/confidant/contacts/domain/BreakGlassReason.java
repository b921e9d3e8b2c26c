package org.confidant.contacts.domain;

/**
 * Why someone without routine access opens a record: a sentence an auditor can judge ("patient collapsed in
 * reception, GP unreachable"), not a token. Between 10 and 500 characters.
 */
public record BreakGlassReason(String text) {

  public static final int MIN = 10;
  public static final int MAX = 500;

  public BreakGlassReason {
    text = text == null ? "" : text.strip();
    if (text.length() < MIN || text.length() > MAX) {
      throw new IllegalArgumentException("a break-glass reason is " + MIN + " to " + MAX + " characters");
    }
  }

  /** The reason of a request, or null when it states none. */
  public static BreakGlassReason ofNullable(String text) {
    return text == null || text.isBlank() ? null : new BreakGlassReason(text);
  }
}
