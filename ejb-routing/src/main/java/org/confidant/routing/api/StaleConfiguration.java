package org.confidant.routing.api;

import jakarta.ejb.ApplicationException;

/** The item was changed by someone else since the client loaded it (its version moved on); nothing changed. */
@ApplicationException(rollback = true)
public class StaleConfiguration extends ConfigurationConflict {

  private static final long serialVersionUID = 1L;

  public StaleConfiguration(String what) {
    super(what + " was changed by someone else since you loaded it; reload it and make your change again.");
  }
}
