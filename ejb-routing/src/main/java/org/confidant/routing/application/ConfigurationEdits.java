package org.confidant.routing.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.UUID;
import org.confidant.persistence.VersionedEntity;
import org.confidant.routing.api.ConfigurationConflict;
import org.confidant.routing.api.InvalidConfiguration;
import org.confidant.routing.api.StaleConfiguration;
import org.confidant.routing.api.UnknownConfiguration;
import org.confidant.routing.domain.ConfigurationViolation;

/**
 * What every configuration bean does the same way: find an item or answer "unknown", hold the client to the version
 * it loaded, keep names unique, and turn a failed flush into an answer the client can act on.
 */
public final class ConfigurationEdits {

  private ConfigurationEdits() {}

  public static <T> T found(EntityManager entityManager, Class<T> type, UUID id, String what) {
    T entity = entityManager.find(type, id);
    if (entity == null) {
      throw new UnknownConfiguration("There is no " + what + " " + id + ".");
    }
    return entity;
  }

  /**
   * The version the client loaded must be the stored one. The row's version then moves on at once, even when only
   * its children (steps, skills) change, and the row stays locked until commit: a concurrent editor waits, then
   * finds the version moved on.
   */
  public static void requireVersion(EntityManager entityManager, VersionedEntity entity, long loaded, String what) {
    if (entity.getVersion() != loaded) {
      throw new StaleConfiguration(what);
    }
    try {
      entityManager.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    } catch (OptimisticLockException changedMeanwhile) {
      throw new StaleConfiguration(what);
    }
  }

  /** Writes now, so that a concurrent commit since we read is refused as stale rather than failing the commit. */
  public static void save(EntityManager entityManager, String what) {
    try {
      entityManager.flush();
    } catch (OptimisticLockException changedMeanwhile) {
      throw new StaleConfiguration(what);
    }
  }

  /** Removes now, so that a reference our checks do not know of (another feature's row) is a conflict. */
  public static void remove(EntityManager entityManager, Object entity, String what) {
    entityManager.remove(entity);
    try {
      entityManager.flush();
    } catch (PersistenceException stillReferenced) {
      throw new ConfigurationConflict("The " + what + " is still in use; remove its uses first.");
    }
  }

  /**
   * Names (and codes) are unique ignoring case: "Billing" and "billing" would confuse everyone reading a report.
   * {@code entityName} and {@code attribute} are constants of the caller, never input.
   */
  public static void requireUnique(
      EntityManager entityManager, String entityName, String attribute, String value, UUID id, String what) {
    Long taken = entityManager.createQuery("select count(e) from " + entityName + " e where lower(e." + attribute
            + ") = lower(:value) and e.id <> :id", Long.class)
        .setParameter("value", value).setParameter("id", id).getSingleResult();
    if (taken > 0) {
      throw new ConfigurationConflict(
          "A " + what + " '" + value + "' already exists; choose another " + attribute + ".");
    }
  }

  public static void refuseIfAny(List<ConfigurationViolation> violations) {
    if (!violations.isEmpty()) {
      throw new InvalidConfiguration(violations.stream()
          .map(violation -> new InvalidConfiguration.FieldProblem(violation.field(), violation.message()))
          .toList());
    }
  }
}
