package org.confidant.interactions.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.confidant.interactions.infrastructure.InteractionEntity;
import org.confidant.vault.Vault;
import org.confidant.vault.WrappedKeyHolder;

/** KEK rotation: every interaction's notes key not under the current KEK is rewrapped (notes stay as they are). */
@Stateless
@PermitAll
public class InteractionKeys implements WrappedKeyHolder {

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @Override
  public int rewrapAll(Vault vault) {
    String current = vault.currentKekId();
    var stale = entityManager.createQuery("select i from InteractionEntity i where i.kekId is not null"
        + " and i.kekId <> :current", InteractionEntity.class).setParameter("current", current).getResultList();
    stale.forEach(row -> row.keepNotesKey(vault.rewrap(row.notesKey().orElseThrow())));
    return stale.size();
  }
}
