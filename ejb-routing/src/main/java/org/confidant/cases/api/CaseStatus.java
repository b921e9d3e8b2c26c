package org.confidant.cases.api;

/** Where a case stands. Open and pending cases are the ones being worked on (they give routine access). */
public enum CaseStatus {
  OPEN, PENDING, RESOLVED, CLOSED;

  public boolean isOpen() {
    return this == OPEN || this == PENDING;
  }
}
