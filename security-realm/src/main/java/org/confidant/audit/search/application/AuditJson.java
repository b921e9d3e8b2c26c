package org.confidant.audit.search.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.StringWriter;
import java.util.List;
import org.confidant.audit.search.domain.AuditRecord;

/** Entries as a JSON array of objects, with the CSV's column names. */
final class AuditJson {

  private AuditJson() {}

  static String of(List<AuditRecord> entries) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    entries.forEach(entry -> array.add(object(entry)));
    StringWriter json = new StringWriter();
    Json.createWriter(json).writeArray(array.build());
    return json.toString();
  }

  private static JsonObjectBuilder object(AuditRecord entry) {
    JsonObjectBuilder object = Json.createObjectBuilder()
        .add("id", entry.id())
        .add("recorded_at", entry.recordedAt().toString())
        .add("actor", entry.actor())
        .add("roles", entry.roles())
        .add("action", entry.action())
        .add("resource_type", entry.resourceType());
    optional(object, "resource_id", entry.resourceId());
    object.add("outcome", entry.outcome().name());
    optional(object, "client_address", entry.clientAddress());
    optional(object, "reason", entry.reason());
    return object;
  }

  private static void optional(JsonObjectBuilder object, String name, String value) {
    if (value == null) {
      object.addNull(name);
    } else {
      object.add(name, value);
    }
  }
}
