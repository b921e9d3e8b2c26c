package org.confidant.console.wallboard;

import java.util.OptionalLong;

/**
 * Coalesces a burst of changes into few pushes: the first change after a push asks for one, due no sooner than
 * {@code minimumGapMillis} after the previous push; changes until that push starts ride along (the push reads the
 * floor when it starts, so it shows them). So a push follows every change within the gap (plus the time to take
 * the snapshot), and pushes never come closer than the gap.
 */
final class PushPacing {

  private final long minimumGapMillis;
  private long lastPushMillis = Long.MIN_VALUE / 2;
  private boolean pending;

  PushPacing(long minimumGapMillis) {
    this.minimumGapMillis = minimumGapMillis;
  }

  /** A change at {@code nowMillis}: the delay before a new push, or empty when one is already due. */
  synchronized OptionalLong changed(long nowMillis) {
    if (pending) {
      return OptionalLong.empty();
    }
    pending = true;
    return OptionalLong.of(Math.max(0, lastPushMillis + minimumGapMillis - nowMillis));
  }

  /** A push starts at {@code nowMillis}: changes from now on need another one. */
  synchronized void pushing(long nowMillis) {
    pending = false;
    lastPushMillis = nowMillis;
  }
}
