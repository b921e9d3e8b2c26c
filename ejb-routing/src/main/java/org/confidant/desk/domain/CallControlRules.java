package org.confidant.desk.domain;

import java.util.Optional;
import java.util.UUID;
import org.confidant.agents.domain.AgentState;
import org.confidant.telephony.api.CommandType;

/**
 * Which control an agent may use on which call: only on the call their presence holds; answering only while it is
 * offered to them (RESERVED), everything else only once they are on it (ON_CALL). Dialling out is for an agent who
 * is free or not taking queue calls, as {@code AgentPresence.dialled} allows.
 */
public final class CallControlRules {

  private CallControlRules() {}

  public static void requireMayControl(AgentState state, Optional<UUID> agentsCall, UUID callId, CommandType type) {
    if (agentsCall.filter(callId::equals).isEmpty()) {
      throw new ControlNotAllowed("you are not on call " + callId);
    }
    AgentState needed = type == CommandType.ANSWER ? AgentState.RESERVED : AgentState.ON_CALL;
    if (state != needed) {
      throw new ControlNotAllowed(type + " needs you " + needed + " on the call; you are " + state);
    }
  }

  public static void requireMayDial(AgentState state) {
    if (state != AgentState.AVAILABLE && state != AgentState.NOT_READY) {
      throw new ControlNotAllowed("you can place a call when available or not ready; you are " + state);
    }
  }

  /** The transfer command for a mode as the API names it (BLIND or WARM). */
  public static CommandType transferCommand(String mode) {
    return switch (mode) {
      case "BLIND" -> CommandType.BLIND_TRANSFER;
      case "WARM" -> CommandType.WARM_TRANSFER;
      default -> throw new IllegalArgumentException("no transfer mode " + mode);
    };
  }
}
