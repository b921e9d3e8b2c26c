package org.confidant.vault;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditTrail;
import org.confidant.identity.Roles;

/**
 * Rotates the key-encryption key: a new KEK is added to the keystore, then every {@link WrappedKeyHolder} rewraps
 * its data keys under it. Old KEKs stay in the keystore, so a rotation interrupted half-way loses nothing: keys not
 * yet rewrapped still open, and running it again finishes the job.
 */
@Stateless
public class KekRotation {

  private static final Logger LOG = Logger.getLogger(KekRotation.class.getName());

  @Inject Vault vault;
  @Inject Instance<WrappedKeyHolder> holders;
  @Inject AuditTrail audit;

  /** What a rotation did. */
  public record Result(String currentKekId, int keysRewrapped) {}

  @RolesAllowed(Roles.ADMIN)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Result rotate() {
    String kekId = vault.addKek();
    LOG.info(() -> "Vault: new key-encryption key " + kekId + "; rewrapping data keys");
    int rewrapped = 0;
    for (WrappedKeyHolder holder : holders) {
      rewrapped += holder.rewrapAll(vault);
    }
    audit.record("vault.kek.rotated", "vault-kek", kekId, AuditOutcome.SUCCESS);
    int total = rewrapped;
    LOG.info(() -> "Vault: " + total + " data keys rewrapped under " + kekId);
    return new Result(kekId, rewrapped);
  }

  /** The vault's state for operators: which KEK wraps new keys and how many the keystore holds. */
  @RolesAllowed(Roles.ADMIN)
  public Status status() {
    return new Status(vault.currentKekId(), vault.kekIds().size());
  }

  /** What an operator sees of the vault (never a key). */
  public record Status(String currentKekId, int keyEncryptionKeys) {}
}
