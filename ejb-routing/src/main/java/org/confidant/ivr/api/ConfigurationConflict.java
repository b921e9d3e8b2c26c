package org.confidant.ivr.api;

import jakarta.ejb.ApplicationException;

/** A change the stored configuration does not allow: a name already taken, a calendar a tree still uses. */
@ApplicationException(rollback = true)
public class ConfigurationConflict extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConfigurationConflict(String message) {
    super(message);
  }
}
