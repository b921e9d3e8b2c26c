package org.confidant.contacts.api;

import jakarta.ejb.ApplicationException;

/** A change based on a version that is no longer the stored one. */
@ApplicationException(rollback = true)
public class StaleRecord extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StaleRecord(String what) {
    super("The " + what + " was changed by someone else since you loaded it; reload it and make your change again.");
  }
}
