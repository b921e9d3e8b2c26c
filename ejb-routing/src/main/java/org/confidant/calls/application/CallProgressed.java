package org.confidant.calls.application;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import org.confidant.calls.domain.Call;
import org.confidant.calls.domain.CallEvent;
import org.confidant.events.catalogue.EventEnvelope;

/**
 * The event announcing that a telephony event was applied to a call. Version 1 payload: callId, event (the
 * telephony event type), sequence, state (the call's state after it), endCause (once ended).
 */
final class CallProgressed {

  static final String TYPE = "CallProgressed";
  static final int VERSION = 1;
  /** Looked up once: {@code Json.createObjectBuilder()} searches for the provider on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private CallProgressed() {}

  static EventEnvelope of(CallEvent event, Call call) {
    JsonObjectBuilder payload = JSON.createObjectBuilder()
        .add("callId", call.id().toString())
        .add("event", event.type().name())
        .add("sequence", event.sequence())
        .add("state", call.state().name());
    call.endCause().ifPresent(cause -> payload.add("endCause", cause.name()));
    return EventEnvelope.of(TYPE, VERSION, event.at(), call.id(), payload.build().toString());
  }
}
