package org.confidant.console.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.confidant.api.audit.AuditSearchParams;

/** The audit search criteria to and from a query string: the console's pages and its export link share them. */
final class AuditQueryString {

  private record Field(String name, Function<AuditSearchParams, String> read,
      BiConsumer<AuditSearchParams, String> write) {}

  private static final Field[] FIELDS = {
      new Field("actor", AuditSearchParams::getActor, AuditSearchParams::setActor),
      new Field("resourceType", AuditSearchParams::getResourceType, AuditSearchParams::setResourceType),
      new Field("resourceId", AuditSearchParams::getResourceId, AuditSearchParams::setResourceId),
      new Field("action", AuditSearchParams::getAction, AuditSearchParams::setAction),
      new Field("outcome", AuditSearchParams::getOutcome, AuditSearchParams::setOutcome),
      new Field("from", AuditSearchParams::getFrom, AuditSearchParams::setFrom),
      new Field("to", AuditSearchParams::getTo, AuditSearchParams::setTo),
      new Field("page", AuditSearchParams::getPage, AuditSearchParams::setPage),
      new Field("size", AuditSearchParams::getSize, AuditSearchParams::setSize)};

  private AuditQueryString() {}

  /** Copies the request's parameters into the criteria (absent ones keep their defaults). */
  static void read(Map<String, String> parameters, AuditSearchParams criteria) {
    for (Field field : FIELDS) {
      String value = parameters.get(field.name());
      if (value != null) {
        field.write().accept(criteria, value.strip());
      }
    }
  }

  /** The criteria's non-empty fields, with some replaced or added, as an encoded query string. */
  static String of(AuditSearchParams criteria, Map<String, String> overrides) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Field field : FIELDS) {
      values.put(field.name(), field.read().apply(criteria));
    }
    values.putAll(overrides);
    return values.entrySet().stream()
        .filter(entry -> entry.getValue() != null && !entry.getValue().isBlank())
        .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
