package org.confidant.routing.api;

import jakarta.ejb.ApplicationException;

/** A configuration change refused because of what is stored (a name taken, a skill in use...); nothing changed. */
@ApplicationException(rollback = true)
public class ConfigurationConflict extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConfigurationConflict(String message) {
    super(message);
  }
}
