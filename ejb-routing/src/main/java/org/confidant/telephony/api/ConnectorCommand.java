package org.confidant.telephony.api;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A command for a connector's phone system. {@code connectorId} null means "the connector of the call" (see
 * {@code CommandDispatcher}); {@code target} is an agent id, extension, number or queue as the type needs;
 * {@code parameters} are type-specific (a prompt, the digits to collect, …) and must not carry PHI.
 */
public record ConnectorCommand(
    UUID commandId, UUID connectorId, UUID callId, CommandType type, String target, Map<String, String> parameters) {

  public ConnectorCommand {
    Objects.requireNonNull(commandId, "commandId");
    Objects.requireNonNull(type, "type");
    if (type.needsCall() && callId == null) {
      throw new IllegalArgumentException("a " + type + " command needs a call id");
    }
    parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
  }

  /** A new command about a call, for the call's connector. */
  public static ConnectorCommand forCall(UUID callId, CommandType type, String target, Map<String, String> parameters) {
    return new ConnectorCommand(UUID.randomUUID(), null, callId, type, target, parameters);
  }
}
