package org.confidant.wallboard.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;

/** A queue's line now: how many calls wait and how long the first of them has waited. */
public record QueueLine(int callsWaiting, Duration longestWait) {

  public static final QueueLine EMPTY = new QueueLine(0, Duration.ZERO);

  /** The line of calls waiting since these moments (their places in line, kept across refused offers). */
  public static QueueLine of(Collection<Instant> waitingSince, Instant now) {
    return waitingSince.stream().min(Comparator.naturalOrder())
        .map(first -> new QueueLine(waitingSince.size(), Elapsed.since(first, now)))
        .orElse(EMPTY);
  }
}
