package org.confidant.telephony.api;

import jakarta.ejb.ApplicationException;

/** A connector request that cannot be done as asked; nothing was changed. The kind says how to answer it. */
@ApplicationException(rollback = true)
public class ConnectorProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the request failed. */
  public enum Kind {
    NOT_FOUND,
    INVALID,
    CONFLICT,
    UNPROCESSABLE
  }

  private final Kind kind;

  public ConnectorProblem(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
