package org.confidant.contacts.api;

import jakarta.ejb.ApplicationException;

/**
 * The caller has no routine access to this contact. The refusal is audited; stating a reason opens it (break-glass),
 * and is audited and shown to supervisors and auditors.
 */
@ApplicationException(rollback = false)
public class BreakGlassRequired extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BreakGlassRequired() {
    super("You have no routine access to this contact (no open case of yours or your team's). If you must open it,"
        + " state why in the Confidant-Break-Glass-Reason header or POST {\"reason\": ...} to its break-glass"
        + " resource: the access is recorded and shown to supervisors and auditors.");
  }
}
