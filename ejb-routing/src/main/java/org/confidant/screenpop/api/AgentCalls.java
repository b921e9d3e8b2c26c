package org.confidant.screenpop.api;

import jakarta.ejb.Local;
import java.util.Optional;
import java.util.UUID;

/**
 * The agent desktop's push channel asks here, outside any user's identity (WebSocket events carry none): who may
 * ask for whom is decided by the socket's handshake (the signed-in agent, for their own agent record only). Every
 * contact a pop shows is audited ({@code SCREEN_POP}, by id).
 */
@Local
public interface AgentCalls {

  /** The signed-in user's agent record and desktop as of now, pops included; empty if the user is no agent. */
  Optional<AgentDesktopSnapshot> snapshotOf(String username);

  /** The call being offered to the agent, with its pop; empty when it is no longer offered to them. */
  Optional<AgentCallView> offered(UUID callId, UUID agentId);

  /** The agent's call as it is now, without its pop; empty when the call was never theirs. */
  Optional<AgentCallView> call(UUID callId, UUID agentId);
}
