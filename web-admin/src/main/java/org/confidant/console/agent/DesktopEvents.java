package org.confidant.console.agent;

import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.UUID;
import org.confidant.events.catalogue.EventEnvelope;

/**
 * An event heard for the agents' desktops: its payload read, what it means handed to the hub. Subclasses name the
 * topic (non-durable subscriptions: a push is about now, and a desktop that missed one rebuilds itself from the
 * SNAPSHOT of its next connection).
 */
abstract class DesktopEvents implements MessageListener {

  /** Looked up once: {@code Json.createReader} searches for the provider on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  @Inject AgentHub hub;

  @Override
  public void onMessage(Message message) {
    try {
      heard(payload(((TextMessage) message).getText()));
    } catch (JMSException unreadable) {
      throw new IllegalStateException("unreadable event: " + unreadable.getMessage(), unreadable);
    }
  }

  abstract void heard(JsonObject payload);

  static JsonObject payload(String envelope) {
    try (JsonReader reader = JSON.createReader(new StringReader(EventEnvelope.fromJson(envelope).payload()))) {
      return reader.readObject();
    }
  }

  static UUID id(JsonObject payload, String name) {
    return payload.containsKey(name) && !payload.isNull(name) ? UUID.fromString(payload.getString(name)) : null;
  }
}
