package org.confidant.events.catalogue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One published event: a past-tense fact. {@code type} and {@code version} say how to read {@code payload} (JSON);
 * {@code correlationId} ties together everything that happened to one call or one request.
 */
public record EventEnvelope(UUID id, String type, int version, Instant occurredAt, UUID correlationId, String payload) {

  public EventEnvelope {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(payload, "payload");
    if (version < 1) {
      throw new IllegalArgumentException("event versions start at 1");
    }
  }

  private static final Jsonb JSON = JsonbBuilder.create();

  /** The envelope as it travels in a message body. */
  public String toJson() {
    return JSON.toJson(this);
  }

  public static EventEnvelope fromJson(String json) {
    return JSON.fromJson(json, EventEnvelope.class);
  }

  public static EventEnvelope of(String type, int version, Instant occurredAt, UUID correlationId, String payload) {
    return new EventEnvelope(UUID.randomUUID(), type, version, occurredAt, correlationId, payload);
  }
}
