package org.confidant.events.deadletters.domain;

import java.util.Objects;

/**
 * Where a replayed dead letter goes: back to the one queue whose consumer failed on it, not to every subscriber.
 * For a topic that is the subscription's queue named fully ({@code topic::queue}, Artemis' fully qualified queue
 * name, which a JMS producer may send to); for a queue, the queue. Names are given as the JMS API takes them,
 * without the {@code jms.topic.}/{@code jms.queue.} address prefixes WildFly's connection factories add.
 */
public record ReplayRoute(Kind kind, String name) {

  public enum Kind { TOPIC, QUEUE }

  static final String TOPIC_PREFIX = "jms.topic.";
  static final String QUEUE_PREFIX = "jms.queue.";
  static final String FULLY_QUALIFIED_SEPARATOR = "::";

  public ReplayRoute {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }

  /** The route back for a dead letter; refuses an address that is not a JMS destination of this server. */
  public static ReplayRoute backTo(DeadLetter deadLetter) {
    String address = deadLetter.originalAddress();
    if (address.startsWith(TOPIC_PREFIX)) {
      return new ReplayRoute(Kind.TOPIC,
          address.substring(TOPIC_PREFIX.length()) + FULLY_QUALIFIED_SEPARATOR + deadLetter.originalQueue());
    }
    if (address.startsWith(QUEUE_PREFIX)) {
      return new ReplayRoute(Kind.QUEUE, address.substring(QUEUE_PREFIX.length()));
    }
    throw new NotReplayable("dead letter " + deadLetter.id() + " came from address " + address
        + ", which is not a JMS destination");
  }

  /** For operators and the audit: where the replay went. */
  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + name;
  }
}
