package org.confidant.recordings.application;

import jakarta.ejb.ApplicationException;
import org.confidant.recordings.domain.HoldRuleViolation;

/**
 * A legal-hold change its rules refused (e.g. the requester approving their own release); nothing changed but the
 * DENIED audit entry, which is why this does not roll back.
 */
@ApplicationException(rollback = false)
public class HoldChangeRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final HoldRuleViolation.Rule rule;

  public HoldChangeRefused(HoldRuleViolation violation) {
    super(violation.getMessage(), violation);
    this.rule = violation.rule();
  }

  public HoldRuleViolation.Rule rule() {
    return rule;
  }
}
