package org.confidant.screenpop.api;

import java.util.List;
import java.util.UUID;

/** Everything an agent's desktop needs to rebuild itself: presence and every call they are on or offered. */
public record AgentDesktopSnapshot(UUID agentId, PresenceState presence, List<AgentCallView> calls) {

  public AgentDesktopSnapshot {
    calls = List.copyOf(calls);
  }
}
