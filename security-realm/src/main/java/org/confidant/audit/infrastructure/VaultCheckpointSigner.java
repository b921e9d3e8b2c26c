package org.confidant.audit.infrastructure;

import com.google.crypto.tink.PublicKeySign;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import org.confidant.audit.domain.CheckpointSigner;
import org.confidant.audit.domain.Ed25519Keys;
import org.confidant.vault.KeyKind;
import org.confidant.vault.SystemKeys;
import org.confidant.vault.Vault;
import org.confidant.vault.WrappedKey;

/**
 * Signs checkpoints with the vault's system key {@code audit-checkpoint} (Ed25519, raw signatures). The unwrapped
 * signer is kept once made: a KEK rotation rewraps the key but does not change it.
 */
@ApplicationScoped
public class VaultCheckpointSigner implements CheckpointSigner {

  static final String KEY_NAME = "audit-checkpoint";

  @Inject Vault vault;
  @Inject SystemKeys systemKeys;

  private volatile PublicKeySign signer;
  private volatile byte[] publicKey;

  @Override
  public byte[] sign(byte[] message) {
    try {
      byte[] signature = signer().sign(message);
      if (signature.length != Ed25519Keys.SIGNATURE_LENGTH) {
        throw new IllegalStateException("the audit-checkpoint key does not make raw Ed25519 signatures");
      }
      return signature;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not sign an audit checkpoint", e);
    }
  }

  @Override
  public byte[] publicKey() {
    if (publicKey == null) {
      publicKey = vault.publicKey(key());
    }
    return publicKey.clone();
  }

  private PublicKeySign signer() {
    if (signer == null) {
      signer = vault.signer(key());
    }
    return signer;
  }

  private WrappedKey key() {
    return systemKeys.named(KEY_NAME, KeyKind.SIGNING);
  }
}
