package org.confidant.audit.logins.infrastructure;

/** The identity provider could not answer an import; the next scheduled import tries again from the same cursor. */
public class IdentityProviderUnavailable extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public IdentityProviderUnavailable(String message) {
    super(message);
  }
}
