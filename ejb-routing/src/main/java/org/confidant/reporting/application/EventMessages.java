package org.confidant.reporting.application;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import org.confidant.events.catalogue.EventEnvelope;

/** Reading the events the recorders consume. */
final class EventMessages {

  /** Looked up once: finding the provider is slow. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private EventMessages() {}

  static String body(Message message) {
    try {
      return ((TextMessage) message).getText();
    } catch (JMSException | ClassCastException e) {
      throw new IllegalArgumentException("not an event text message", e);
    }
  }

  static JsonObject payload(EventEnvelope event) {
    return JSON.createReader(new StringReader(event.payload())).readObject();
  }
}
