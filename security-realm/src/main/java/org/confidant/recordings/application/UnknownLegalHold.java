package org.confidant.recordings.application;

import jakarta.ejb.ApplicationException;

/** No legal hold has this id. Answered without rolling back, so the FAILED audit entry of the attempt stays. */
@ApplicationException(rollback = false)
public class UnknownLegalHold extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnknownLegalHold() {
    super("No legal hold has this id.");
  }
}
