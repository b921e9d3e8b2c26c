package org.confidant.telephony.api;

import jakarta.ejb.ApplicationException;

/**
 * A command that cannot go to any connector: the connector does not support its type, is inactive, or none can be
 * told apart for the call. Nothing was stored; the caller's transaction is left alone, so it may carry on.
 */
@ApplicationException(rollback = false)
public class CommandRefused extends ConnectorProblem {

  private static final long serialVersionUID = 1L;

  public CommandRefused(String message) {
    super(Kind.UNPROCESSABLE, message);
  }
}
