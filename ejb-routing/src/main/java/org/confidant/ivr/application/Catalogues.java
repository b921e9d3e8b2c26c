package org.confidant.ivr.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.util.UUID;
import org.confidant.ivr.api.ConfigurationConflict;
import org.confidant.ivr.api.ConfigurationNotFound;
import org.confidant.ivr.api.StaleConfiguration;
import org.confidant.persistence.VersionedEntity;

/** What the IVR catalogues share: finding a row, the optimistic lock, unique names. */
final class Catalogues {

  private Catalogues() {}

  static <T extends VersionedEntity> T existing(EntityManager entityManager, Class<T> type, UUID id, String what) {
    T found = entityManager.find(type, id);
    if (found == null) {
      throw new ConfigurationNotFound(what, id);
    }
    return found;
  }

  /** The version the change was based on (the draft's) must still be the stored one. */
  static void requireVersion(VersionedEntity entity, long loaded, String what) {
    if (entity.getVersion() != loaded) {
      throw new StaleConfiguration(what);
    }
  }

  /** Writes now, so that a change committed by someone else since we read fails here as stale. */
  static void flush(EntityManager entityManager, String what) {
    try {
      entityManager.flush();
    } catch (OptimisticLockException raced) {
      throw new StaleConfiguration(what);
    }
  }

  /** Names are unique (the database says so too; checking first gives the admin a clear answer). */
  static void requireNameFree(EntityManager entityManager, String entity, String name, UUID self, String what) {
    long taken = entityManager
        .createQuery("select count(e) from " + entity + " e where e.name = :name and e.id <> :self", Long.class)
        .setParameter("name", name)
        .setParameter("self", self)
        .getSingleResult();
    if (taken > 0) {
      throw new ConfigurationConflict("another " + what + " is already named '" + name + "'");
    }
  }
}
