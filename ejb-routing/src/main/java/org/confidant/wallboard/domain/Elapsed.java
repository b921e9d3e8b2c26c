package org.confidant.wallboard.domain;

import java.time.Duration;
import java.time.Instant;

/** Time gone by since a moment, never negative (a moment stamped by another clock may be a little ahead). */
public final class Elapsed {

  private Elapsed() {}

  public static Duration since(Instant from, Instant now) {
    Duration elapsed = Duration.between(from, now);
    return elapsed.isNegative() ? Duration.ZERO : elapsed;
  }
}
