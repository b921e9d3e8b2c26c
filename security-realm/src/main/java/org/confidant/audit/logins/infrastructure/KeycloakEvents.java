package org.confidant.audit.logins.infrastructure;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.confidant.audit.logins.domain.IdentityEvent;

/** Keycloak's JSON event representation read into an {@link IdentityEvent}. */
final class KeycloakEvents {

  private KeycloakEvents() {}

  static IdentityEvent toIdentityEvent(JsonObject event) {
    JsonObject details = event.containsKey("details") && event.get("details") instanceof JsonObject object
        ? object : JsonObject.EMPTY_JSON_OBJECT;
    return new IdentityEvent(KeycloakEventFeed.text(event, "id"),
        Instant.ofEpochMilli(event.getJsonNumber("time").longValue()), event.getString("type"),
        KeycloakEventFeed.text(event, "userId"), KeycloakEventFeed.text(details, "username"),
        KeycloakEventFeed.text(event, "ipAddress"), KeycloakEventFeed.text(event, "error"),
        KeycloakEventFeed.text(details, "credential_type"), details.containsKey("selected_credential_id"));
  }
}
