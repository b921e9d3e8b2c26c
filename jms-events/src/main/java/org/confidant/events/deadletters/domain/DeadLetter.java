package org.confidant.events.deadletters.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A message the broker gave up on after its last delivery attempt, as an operator sees it: where it was going and
 * what it announced, never what it carries (payloads may hold PHI).
 *
 * @param id stable for as long as the dead letter exists: see {@link #idOf(String, String)}
 * @param messageId the JMS message id (shared by the dead letters of one message on several subscriptions)
 * @param eventId the event's id ({@code eventId} property), null for a message that is not a Confidant event
 * @param eventType the event's type ({@code eventType} property), null likewise
 * @param originalAddress the broker address it was published on, e.g. {@code jms.topic.CallEvents} (for a replayed
 *     message, which was sent to {@code address::queue}, the address part)
 * @param originalQueue the queue (a topic subscription, for a topic) whose consumer failed on it
 * @param deliveryCount deliveries of the dead letter itself from the dead-letter queue (a replay or discard that
 *     rolled back counts); the broker does not copy the failed attempts of the original
 * @param publishedAt when the message was first sent (the broker stamps no time of dead-lettering)
 * @param payloadBytes size of the body in bytes, -1 if the body is neither text nor bytes
 */
public record DeadLetter(
    UUID id,
    String messageId,
    UUID eventId,
    String eventType,
    String originalAddress,
    String originalQueue,
    int deliveryCount,
    Instant publishedAt,
    long payloadBytes) {

  public DeadLetter {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(originalQueue, "originalQueue");
    originalAddress = addressOf(Objects.requireNonNull(originalAddress, "originalAddress"));
  }

  /** The address of a fully qualified queue name {@code address::queue}; any other address as it is. */
  static String addressOf(String address) {
    int separator = address.indexOf(ReplayRoute.FULLY_QUALIFIED_SEPARATOR);
    return separator < 0 ? address : address.substring(0, separator);
  }

  /**
   * The id of the dead letter of {@code messageId} from {@code originalQueue}. A message published on a topic keeps
   * its message id on every subscription, so when two subscribers fail on it there are two dead letters with one
   * message id: the queue tells them apart. Derived, not stored, so it survives a broker restart.
   */
  public static UUID idOf(String messageId, String originalQueue) {
    // Length-prefixed, so no two (message, queue) pairs make the same key.
    String key = messageId.length() + ":" + messageId + originalQueue;
    return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
  }

  /** True if this is the dead letter the operator named. */
  public boolean is(UUID wanted) {
    return id.equals(wanted);
  }
}
