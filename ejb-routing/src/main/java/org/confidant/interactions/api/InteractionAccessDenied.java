package org.confidant.interactions.api;

import jakarta.ejb.ApplicationException;

/**
 * The caller may not read or change this interaction (an agent who was not offered the call). Does not roll back:
 * the audit entry recording the refusal stays.
 */
@ApplicationException(rollback = false)
public class InteractionAccessDenied extends SecurityException {

  private static final long serialVersionUID = 1L;

  public InteractionAccessDenied() {
    super("only the call's agents or a supervisor may see or describe this interaction");
  }
}
