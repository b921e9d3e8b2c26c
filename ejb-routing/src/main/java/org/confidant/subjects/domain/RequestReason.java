package org.confidant.subjects.domain;

/**
 * Why a data subject's records are exported or erased: a sentence an auditor can judge ("subject access request
 * DSR-2026-117 received by post"), never PHI. Between 10 and 500 characters.
 */
public record RequestReason(String text) {

  public static final int MIN = 10;
  public static final int MAX = 500;

  public RequestReason {
    text = text == null ? "" : text.strip();
    if (text.length() < MIN || text.length() > MAX) {
      throw new IllegalArgumentException("a request's reason is " + MIN + " to " + MAX + " characters");
    }
  }
}
