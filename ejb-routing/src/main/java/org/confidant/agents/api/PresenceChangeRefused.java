package org.confidant.agents.api;

import jakarta.ejb.ApplicationException;

/** The agent's state does not allow the change asked for (e.g. logging out during a call); nothing changed. */
@ApplicationException(rollback = true)
public class PresenceChangeRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PresenceChangeRefused(String message) {
    super(message);
  }
}
