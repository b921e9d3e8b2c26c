package org.confidant.subjects.api;

import jakarta.ejb.ApplicationException;

/**
 * An erasure approval refused: by who requested it (a second person must approve), or of an erasure carried out
 * already. Nothing changed; the refusal's audit entry commits.
 */
@ApplicationException(rollback = false)
public class ErasureRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final boolean secondPersonRequired;

  public ErasureRefused(String message, boolean secondPersonRequired) {
    super(message);
    this.secondPersonRequired = secondPersonRequired;
  }

  public boolean secondPersonRequired() {
    return secondPersonRequired;
  }
}
