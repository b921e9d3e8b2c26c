package org.confidant.routing.domain;

import java.util.Objects;
import java.util.UUID;

/** Where an overflowing call goes: another queue (keeping its original arrival time), voicemail, or a callback. */
public record OverflowDestination(Kind kind, UUID queueId) {

  public enum Kind { QUEUE, VOICEMAIL, CALLBACK }

  public OverflowDestination {
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.QUEUE) != (queueId != null)) {
      throw new IllegalArgumentException("a queue destination names a queue; other destinations do not");
    }
  }

  public static OverflowDestination queue(UUID queueId) {
    return new OverflowDestination(Kind.QUEUE, queueId);
  }

  public static OverflowDestination voicemail() {
    return new OverflowDestination(Kind.VOICEMAIL, null);
  }

  public static OverflowDestination callback() {
    return new OverflowDestination(Kind.CALLBACK, null);
  }
}
