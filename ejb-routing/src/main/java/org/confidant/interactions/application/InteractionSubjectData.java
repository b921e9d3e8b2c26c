package org.confidant.interactions.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.confidant.identity.Roles;
import org.confidant.interactions.api.InteractionView;
import org.confidant.interactions.infrastructure.InteractionEntity;
import org.confidant.vault.Vault;

/**
 * A person's interactions for a data-subject request: those linked to their contact or one of their cases (notes
 * decrypted only when asked for), and de-identification — the notes crypto-shredded, the link to the person and the
 * caller's number (kept for callbacks) removed, the statistics kept. Without audit entries of its own: the request
 * audits what it does.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class InteractionSubjectData {

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @Inject Vault vault;

  @EJB InteractionEvents events;

  public List<InteractionView> concerning(UUID contactId, Collection<UUID> caseIds, boolean withNotes) {
    Instant now = Instant.now();
    String byCase = caseIds.isEmpty() ? "" : " or i.caseId in :cases";
    var select = entityManager.createQuery("select i from InteractionEntity i where i.contactId = :contact"
        + byCase + " order by i.offeredAt, i.callId", InteractionEntity.class).setParameter("contact", contactId);
    if (!caseIds.isEmpty()) {
      select.setParameter("cases", caseIds);
    }
    return select.getResultStream()
        .map(row -> InteractionViews.of(row, InteractionNotes.of(entityManager, vault, row, withNotes), now))
        .toList();
  }

  /**
   * Destroys the notes' key and deletes their ciphertext, unlinks the person, and forgets the caller's number unless
   * a callback still needs it; subscribers hear of the change like of any other.
   */
  public void deidentify(UUID callId, Instant now) {
    InteractionEntity row = entityManager.find(InteractionEntity.class, callId);
    if (row == null) {
      return;
    }
    row.deidentify(now);
    entityManager.createNativeQuery("DELETE FROM interaction_note WHERE call_id = ?1").setParameter(1, callId)
        .executeUpdate();
    // The caller's number is in the OFFERED event's detail and in the routing row; a pending callback still needs it.
    entityManager.createNativeQuery("UPDATE call_event SET detail = NULL WHERE call_id = ?1 AND type = 'OFFERED'"
        + " AND NOT EXISTS (SELECT 1 FROM call_routing r WHERE r.call_id = ?1 AND r.callback_since IS NOT NULL)")
        .setParameter(1, callId).executeUpdate();
    entityManager.createNativeQuery("UPDATE call_routing SET caller_number = NULL"
        + " WHERE call_id = ?1 AND callback_since IS NULL").setParameter(1, callId).executeUpdate();
    events.publish(InteractionEvents.UPDATED, row, now);
  }
}
