package org.confidant.vault;

/**
 * A feature that stores {@link WrappedKey}s. Rotating the key-encryption key calls every holder (CDI beans
 * implementing this) to rewrap its keys under the new KEK; bulk ciphertext is never re-encrypted.
 */
public interface WrappedKeyHolder {

  /** Rewraps every key this holder stores that is not under the current KEK; returns how many it rewrapped. */
  int rewrapAll(Vault vault);
}
