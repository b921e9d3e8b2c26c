package org.confidant.agents.domain;

/** An operation the agent's current state does not allow; nothing was changed. */
public final class IllegalAgentTransition extends RuntimeException {

  private static final long serialVersionUID = 1L;

  IllegalAgentTransition(AgentState state, String operation) {
    super("cannot " + operation + " an agent who is " + state);
  }
}
