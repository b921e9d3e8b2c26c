package org.confidant.calls.domain;

/** Where a call is. ENDED and ABANDONED are final. */
public enum CallState {
  OFFERED, IVR, QUEUED, RINGING, CONNECTED, HELD, TRANSFERRED, CONFERENCE, ENDED, ABANDONED;

  public boolean isFinal() {
    return this == ENDED || this == ABANDONED;
  }

  /** Before anyone answered: a caller who hangs up here abandoned the call. */
  boolean isBeforeAnswer() {
    return this == OFFERED || this == IVR || this == QUEUED || this == RINGING;
  }
}
