package org.confidant.ivr.api;

import jakarta.ejb.ApplicationException;

/** A change based on a version that is no longer the stored one: someone else changed it in between. */
@ApplicationException(rollback = true)
public class StaleConfiguration extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StaleConfiguration(String what, long expectedVersion) {
    super("the " + what + " was changed by someone else since you loaded version " + expectedVersion
        + "; reload it and apply your change again");
  }
}
