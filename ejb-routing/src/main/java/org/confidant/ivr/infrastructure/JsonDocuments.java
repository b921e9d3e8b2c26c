package org.confidant.ivr.infrastructure;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/** The JSON of the jsonb columns: the API's records as JSON-B writes them, absent fields left out. */
final class JsonDocuments {

  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

  private JsonDocuments() {}

  static String write(Object document) {
    return JSONB.toJson(document);
  }

  static <T> T read(String json, Class<T> type) {
    return JSONB.fromJson(json, type);
  }
}
