package org.confidant.telephony.infrastructure;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.confidant.telephony.api.CommandType;
import org.confidant.telephony.api.ConnectorCommand;

/**
 * The JSON body of a command webhook (documented in the OpenAPI description). Written once when the command is
 * stored, so every retry sends — and signs — the same bytes.
 */
@JsonbPropertyOrder({"commandId", "connectorId", "callId", "type", "target", "parameters", "issuedAt"})
public record CommandPayload(
    UUID commandId, UUID connectorId, UUID callId, CommandType type, String target, Map<String, String> parameters,
    Instant issuedAt) {

  private static final Jsonb JSON = JsonbBuilder.create();

  public static String json(ConnectorCommand command, UUID connectorId, Instant issuedAt) {
    return JSON.toJson(new CommandPayload(command.commandId(), connectorId, command.callId(), command.type(),
        command.target(), command.parameters(), issuedAt));
  }
}
