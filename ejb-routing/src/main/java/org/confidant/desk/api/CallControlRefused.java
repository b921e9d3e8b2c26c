package org.confidant.desk.api;

import jakarta.ejb.ApplicationException;

/**
 * The control cannot be used now: the agent is not on that call, their state does not allow it, the target cannot
 * take the call, or the call's connector does not support the command. Nothing was sent.
 */
@ApplicationException(rollback = true)
public class CallControlRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CallControlRefused(String message) {
    super(message);
  }
}
