package org.confidant.contacts.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.confidant.vault.Vault;
import org.confidant.vault.WrappedKey;
import org.confidant.vault.WrappedKeyHolder;

/**
 * KEK rotation of contacts' data keys: each key not yet under the current KEK is rewrapped; the data key itself,
 * and so every sealed field, stays as it is. Written past the entity so that the contact's version (what an editor
 * loaded) does not change. {@code @PermitAll}: the vault's rotation calls every holder, as an admin or from a timer.
 */
@Stateless
@PermitAll
public class ContactKeyRotation implements WrappedKeyHolder {

  private static final int BATCH = 500;

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @Override
  public int rewrapAll(Vault vault) {
    String current = vault.currentKekId();
    int rewrapped = 0;
    List<?> batch;
    do {
      batch = entityManager.createNativeQuery(
              "SELECT id, key_kind, kek_id, wrapped_key FROM contact WHERE kek_id <> ?1 LIMIT " + BATCH)
          .setParameter(1, current).getResultList();
      for (Object row : batch) {
        Object[] columns = (Object[]) row;
        WrappedKey key = WrappedKey.of((String) columns[1], (String) columns[2], (byte[]) columns[3]);
        store(Lookups.uuid(columns[0]), vault.rewrap(key));
      }
      rewrapped += batch.size();
    } while (batch.size() == BATCH);
    return rewrapped;
  }

  private void store(UUID contactId, WrappedKey key) {
    entityManager.createNativeQuery("UPDATE contact SET key_kind = ?1, kek_id = ?2, wrapped_key = ?3 WHERE id = ?4")
        .setParameter(1, key.kind().name()).setParameter(2, key.kekId()).setParameter(3, key.ciphertext())
        .setParameter(4, contactId).executeUpdate();
  }
}
