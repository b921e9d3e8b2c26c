package org.confidant.desk.domain;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a transfer or conference goes, as a connector command says it: an agent by their extension (with the
 * agent's id), a queue as {@code queue:<id>}, or an E.164 number as it is.
 */
public record Destination(Kind kind, String target, Map<String, String> parameters) {

  public enum Kind { AGENT, QUEUE, NUMBER }

  public static final String QUEUE_PREFIX = "queue:";

  public Destination {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
    parameters = Map.copyOf(parameters);
  }

  public static Destination agent(UUID agentId, String extension) {
    if (extension == null || extension.isBlank()) {
      throw new ControlNotAllowed("agent " + agentId + " has no extension to ring");
    }
    return new Destination(Kind.AGENT, extension, Map.of("agentId", agentId.toString()));
  }

  public static Destination queue(UUID queueId) {
    return new Destination(Kind.QUEUE, QUEUE_PREFIX + queueId, Map.of("queueId", queueId.toString()));
  }

  public static Destination number(String e164) {
    return new Destination(Kind.NUMBER, e164, Map.of());
  }

  /** The command's parameters: the destination's, plus who asked. */
  public Map<String, String> parametersFrom(UUID agentId) {
    java.util.HashMap<String, String> all = new java.util.HashMap<>(parameters);
    all.put("fromAgentId", agentId.toString());
    return all;
  }
}
