package org.confidant.recordings.domain;

/** Paused spans that cannot be applied (malformed, overlapping, out of order); nothing was stored. */
public class InvalidPausedSpans extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidPausedSpans(String message) {
    super(message);
  }
}
