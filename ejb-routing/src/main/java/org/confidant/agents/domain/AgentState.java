package org.confidant.agents.domain;

/** Where an agent is in their working day. */
public enum AgentState {
  LOGGED_OUT, AVAILABLE, RESERVED, ON_CALL, WRAP_UP, NOT_READY;

  /** Busy with a call: the states that need a live call behind them. */
  public boolean holdsACall() {
    return this == RESERVED || this == ON_CALL;
  }
}
