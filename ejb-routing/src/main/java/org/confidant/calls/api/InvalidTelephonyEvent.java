package org.confidant.calls.api;

import jakarta.ejb.ApplicationException;

/** An event that cannot be understood (unknown type or end cause); nothing was stored. */
@ApplicationException(rollback = true)
public class InvalidTelephonyEvent extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidTelephonyEvent(String message) {
    super(message);
  }
}
