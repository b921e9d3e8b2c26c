package org.confidant.ivr.api;

import jakarta.ejb.ApplicationException;

/**
 * A change based on a version that is no longer the stored one: someone else changed it in between. Worded as the
 * routing configuration's stale changes are, since clients see both as the same problem.
 */
@ApplicationException(rollback = true)
public class StaleConfiguration extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StaleConfiguration(String what) {
    super("The " + what + " was changed by someone else since you loaded it; reload it and make your change again.");
  }
}
