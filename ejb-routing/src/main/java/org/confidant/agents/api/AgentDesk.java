package org.confidant.agents.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.UUID;

/**
 * Agents' presence as people change it: an agent their own (log in by asking to be available or not ready, log
 * out), a supervisor anyone's on the floor (force not ready, log out).
 */
@Local
public interface AgentDesk {

  /** The calling agent's presence. */
  PresenceView myPresence();

  PresenceView changeMyPresence(PresenceChange change);

  /** The active not-ready reason codes an agent may give, by code. */
  List<ReasonCodeView> myReasonCodes();

  /** Every agent on the floor (logged in or not), by name. */
  List<PresenceView> floor();

  PresenceView changePresence(UUID agentId, PresenceChange change);
}
