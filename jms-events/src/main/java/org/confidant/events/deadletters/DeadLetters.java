package org.confidant.events.deadletters;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.UUID;
import org.confidant.events.broker.Destinations;
import org.confidant.events.deadletters.domain.DeadLetter;
import org.confidant.events.deadletters.domain.DeadLetterContent;
import org.confidant.events.deadletters.domain.DeadLetterSelector;
import org.confidant.events.deadletters.domain.Replay;
import org.confidant.events.deadletters.domain.ReplayRoute;

/**
 * The dead-letter queue for admins: list, read, replay, discard. A replay takes the dead letter off the queue and
 * sends a copy (same body, same eventId/eventType) to the queue whose consumer failed, in one XA transaction through
 * {@code java:/JmsXA}: either both happen or neither. The caller's transaction is joined, so the caller's audit
 * entry commits with it. Payloads may carry PHI: only {@link #read} returns one.
 */
@Stateless
@RolesAllowed(DeadLetters.ADMIN)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class DeadLetters {

  /** The admin role ({@code org.confidant.identity.Roles.ADMIN}; jms-events may not depend on security-realm). */
  static final String ADMIN = "admin";

  /** How long to wait for the broker to hand over a dead letter the browser has just seen. */
  private static final long TAKE_TIMEOUT_MILLIS = 5_000;

  @Inject
  @JMSConnectionFactory(Destinations.TRANSACTIONAL_CONNECTION_FACTORY)
  JMSContext jms;

  @Resource(lookup = Destinations.DEAD_LETTERS)
  Queue deadLetterQueue;

  /** Every dead letter, oldest first, without payloads. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<DeadLetter> list() {
    return browse().stream().map(DeadLetterMessages::describe).toList();
  }

  /** One dead letter with its envelope. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public DeadLetterContent read(UUID id) {
    Message message = find(id);
    return new DeadLetterContent(DeadLetterMessages.describe(message), DeadLetterMessages.body(message));
  }

  /**
   * Sends the dead letter back to the queue whose consumer failed on it and removes it from the dead-letter queue.
   * If the consumer fails again, it comes back as a new dead letter after the redeliveries.
   */
  public Replay replay(UUID id) {
    DeadLetter deadLetter = DeadLetterMessages.describe(find(id));
    ReplayRoute route = ReplayRoute.backTo(deadLetter);
    Message taken = take(deadLetter);
    jms.createProducer()
        .setDeliveryMode(DeliveryMode.PERSISTENT)
        .send(destination(route), DeadLetterMessages.replayOf(taken, jms));
    return new Replay(deadLetter, route);
  }

  /** Removes the dead letter for good. */
  public DeadLetter discard(UUID id) {
    DeadLetter deadLetter = DeadLetterMessages.describe(find(id));
    take(deadLetter);
    return deadLetter;
  }

  private Message find(UUID id) {
    return browse().stream()
        .filter(message -> DeadLetterMessages.describe(message).is(id))
        .findFirst()
        .orElseThrow(() -> new UnknownDeadLetter(id));
  }

  private List<Message> browse() {
    try (QueueBrowser browser = jms.createBrowser(deadLetterQueue)) {
      List<Message> messages = new ArrayList<>();
      Enumeration<?> browsed = browser.getEnumeration();
      while (browsed.hasMoreElements()) {
        messages.add((Message) browsed.nextElement());
      }
      return messages;
    } catch (JMSException e) {
      throw new JMSRuntimeException("could not browse the dead-letter queue: " + e.getMessage());
    }
  }

  /** Receives (in the current transaction) exactly the dead letter described. */
  private Message take(DeadLetter deadLetter) {
    String selector = DeadLetterSelector.of(deadLetter.messageId(), deadLetter.originalQueue());
    try (JMSConsumer consumer = jms.createConsumer(deadLetterQueue, selector)) {
      Message taken = consumer.receive(TAKE_TIMEOUT_MILLIS);
      if (taken == null) {
        throw new UnknownDeadLetter(deadLetter.id());
      }
      return taken;
    }
  }

  private Destination destination(ReplayRoute route) {
    return switch (route.kind()) {
      case TOPIC -> jms.createTopic(route.name());
      case QUEUE -> jms.createQueue(route.name());
    };
  }
}
