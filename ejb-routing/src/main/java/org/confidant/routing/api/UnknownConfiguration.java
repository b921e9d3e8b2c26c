package org.confidant.routing.api;

import jakarta.ejb.ApplicationException;

/** The item asked for (queue, skill, agent, reason code) does not exist. */
@ApplicationException(rollback = true)
public class UnknownConfiguration extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnknownConfiguration(String message) {
    super(message);
  }
}
