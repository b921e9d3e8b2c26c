package org.confidant.wallboard.domain;

import java.util.Collection;
import org.confidant.agents.domain.AgentState;

/** How many logged-in agents are in each state (logged-out agents are not on the floor and not counted). */
public record AgentsByState(int available, int reserved, int onCall, int wrapUp, int notReady) {

  public static AgentsByState count(Collection<AgentState> states) {
    return new AgentsByState(countOf(states, AgentState.AVAILABLE), countOf(states, AgentState.RESERVED),
        countOf(states, AgentState.ON_CALL), countOf(states, AgentState.WRAP_UP),
        countOf(states, AgentState.NOT_READY));
  }

  public int loggedIn() {
    return available + reserved + onCall + wrapUp + notReady;
  }

  private static int countOf(Collection<AgentState> states, AgentState wanted) {
    return (int) states.stream().filter(wanted::equals).count();
  }
}
