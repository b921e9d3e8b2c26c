package org.confidant.recordings.application;

import jakarta.ejb.ApplicationException;

/** No recording has this id. Answered without rolling back, so the FAILED audit entry of the attempt stays. */
@ApplicationException(rollback = false)
public class UnknownRecording extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnknownRecording() {
    super("No recording has this id.");
  }
}
