package org.confidant.events.deadletters;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Enumeration;
import java.util.Objects;
import java.util.UUID;
import org.confidant.events.deadletters.domain.DeadLetter;
import org.confidant.events.deadletters.domain.DeadLetterSelector;
import org.confidant.events.deadletters.domain.NotReplayable;
import org.confidant.events.deadletters.domain.ReplayedProperties;
import org.confidant.events.publishing.EventPublisher;

/** Reads dead letters from JMS messages and builds the message a replay sends. */
final class DeadLetterMessages {

  private static final String DELIVERY_COUNT = "JMSXDeliveryCount";

  private DeadLetterMessages() {}

  static DeadLetter describe(Message message) {
    try {
      String messageId = Objects.requireNonNullElse(message.getJMSMessageID(), "");
      String originalQueue = text(message, DeadLetterSelector.ORIGINAL_QUEUE);
      return new DeadLetter(
          DeadLetter.idOf(messageId, originalQueue),
          messageId,
          uuidOrNull(message.getStringProperty(EventPublisher.EVENT_ID)),
          message.getStringProperty(EventPublisher.EVENT_TYPE),
          text(message, DeadLetterSelector.ORIGINAL_ADDRESS),
          originalQueue,
          message.propertyExists(DELIVERY_COUNT) ? message.getIntProperty(DELIVERY_COUNT) : 0,
          message.getJMSTimestamp() == 0 ? null : Instant.ofEpochMilli(message.getJMSTimestamp()),
          payloadBytes(message));
    } catch (JMSException e) {
      throw unreadable(e);
    }
  }

  /** The body if it is text (the event envelope), else null. */
  static String body(Message message) {
    try {
      return message instanceof TextMessage text ? text.getText() : null;
    } catch (JMSException e) {
      throw unreadable(e);
    }
  }

  /** A new message with the dead letter's body and application properties (eventId, eventType...). */
  static Message replayOf(Message deadLetter, JMSContext jms) {
    try {
      Message replay = newMessageLike(deadLetter, jms);
      Enumeration<?> names = deadLetter.getPropertyNames();
      while (names.hasMoreElements()) {
        if (names.nextElement() instanceof String property && ReplayedProperties.carriedOver(property)) {
          replay.setObjectProperty(property, deadLetter.getObjectProperty(property));
        }
      }
      replay.setJMSCorrelationID(deadLetter.getJMSCorrelationID());
      return replay;
    } catch (JMSException e) {
      throw unreadable(e);
    }
  }

  private static Message newMessageLike(Message deadLetter, JMSContext jms) throws JMSException {
    if (deadLetter instanceof TextMessage text) {
      return jms.createTextMessage(text.getText());
    }
    if (deadLetter instanceof BytesMessage bytes) {
      byte[] body = new byte[(int) bytes.getBodyLength()];
      bytes.readBytes(body);
      BytesMessage replay = jms.createBytesMessage();
      replay.writeBytes(body);
      return replay;
    }
    throw new NotReplayable("only text and bytes messages are replayed");
  }

  private static long payloadBytes(Message message) throws JMSException {
    if (message instanceof TextMessage text) {
      return text.getText() == null ? 0 : text.getText().getBytes(StandardCharsets.UTF_8).length;
    }
    if (message instanceof BytesMessage bytes) {
      return bytes.getBodyLength();
    }
    return -1;
  }

  /** A broker property, empty when absent (a message sent to the dead-letter queue directly has none). */
  private static String text(Message message, String property) throws JMSException {
    return Objects.requireNonNullElse(message.getStringProperty(property), "");
  }

  private static UUID uuidOrNull(String value) {
    try {
      return value == null ? null : UUID.fromString(value);
    } catch (IllegalArgumentException notAnEventId) {
      return null;
    }
  }

  private static JMSRuntimeException unreadable(JMSException e) {
    return new JMSRuntimeException("could not read a dead letter: " + e.getMessage(), e.getErrorCode(), e);
  }
}
