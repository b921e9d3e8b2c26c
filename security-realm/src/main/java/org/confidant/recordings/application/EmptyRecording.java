package org.confidant.recordings.application;

import jakarta.ejb.ApplicationException;

/** The ingest brought no byte to store (an empty body, or one paused from start to end); nothing was stored. */
@ApplicationException(rollback = true)
public class EmptyRecording extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public EmptyRecording() {
    super("The recording has no byte to store: the body was empty or paused from start to end.");
  }
}
