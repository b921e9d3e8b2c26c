package org.confidant.agents.api;

import jakarta.ejb.ApplicationException;

/** No agent with that id, or the caller is not set up as an agent. */
@ApplicationException(rollback = true)
public class UnknownAgent extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnknownAgent(String message) {
    super(message);
  }
}
