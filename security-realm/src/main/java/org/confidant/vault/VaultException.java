package org.confidant.vault;

/** The vault cannot do what was asked: locked, misconfigured, or a key that does not open. Never carries secrets. */
public class VaultException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public VaultException(String message) {
    super(message);
  }

  public VaultException(String message, Throwable cause) {
    super(message, cause);
  }
}
