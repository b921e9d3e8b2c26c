package org.confidant.recordings.application;

import jakarta.ejb.ApplicationException;

/** This recording was purged at the end of its retention: its key is destroyed and it can no longer be decrypted. Answered without rolling back, so the FAILED audit entry of the attempt stays. */
@ApplicationException(rollback = false)
public class RecordingPurged extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RecordingPurged() {
    super("This recording was purged at the end of its retention: its key is destroyed and it can no longer be decrypted.");
  }
}
