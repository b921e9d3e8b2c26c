package org.confidant.routing.domain;

import java.util.Comparator;

/** Something due for a waiting call at a time: the next escalation step, the end of a preference, a max wait. */
record Deadline(long atMillis, long sequence, WaitingCall call, int generation, Kind kind) {

  enum Kind { ESCALATION, PREFERENCE_ENDS, MAX_WAIT }

  static final Comparator<Deadline> TIME_ORDER =
      Comparator.comparingLong(Deadline::atMillis).thenComparingLong(Deadline::sequence);

  boolean isStale() {
    return call.generation != generation;
  }
}
