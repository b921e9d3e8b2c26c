package org.confidant.cases.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.confidant.cases.api.CaseView;
import org.confidant.cases.api.NoteView;
import org.confidant.cases.infrastructure.CaseEntity;
import org.confidant.cases.infrastructure.NoteEntity;
import org.confidant.contacts.application.RecordKeys;
import org.confidant.contacts.infrastructure.ContactEntity;
import org.confidant.identity.Roles;
import org.confidant.vault.FieldSeal;

/**
 * A contact's cases and notes for a data-subject request: listed (their subjects and texts decrypted only when
 * asked for) and deleted. Without audit entries of its own: the request audits what it does.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class CaseSubjectData {

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @Inject RecordKeys keys;

  public List<CaseView> cases(UUID contactId, boolean withContent) {
    return filed(contactId, withContent, "select c from CaseEntity c where c.contactId = :contact"
        + " order by c.createdAt, c.id", CaseEntity.class, CasesBean::view);
  }

  public List<NoteView> notes(UUID contactId, boolean withContent) {
    return filed(contactId, withContent, "select n from NoteEntity n where n.contactId = :contact"
        + " order by n.writtenAt, n.id", NoteEntity.class, CasesBean::view);
  }

  /** Deletes a case and (the schema cascades) its notes. */
  public void deleteCase(UUID id) {
    entityManager.createNativeQuery("DELETE FROM contact_case WHERE id = ?1").setParameter(1, id).executeUpdate();
  }

  public void deleteNote(UUID id) {
    entityManager.createNativeQuery("DELETE FROM contact_note WHERE id = ?1").setParameter(1, id).executeUpdate();
  }

  private <E, V> List<V> filed(UUID contactId, boolean withContent, String query, Class<E> type,
      BiFunction<E, FieldSeal, V> view) {
    ContactEntity contact = entityManager.find(ContactEntity.class, contactId);
    if (contact == null) {
      return List.of(); // an erased contact's cases and notes went with it
    }
    FieldSeal seal = withContent ? keys.sealOf(contact) : null;
    return entityManager.createQuery(query, type).setParameter("contact", contactId).getResultStream()
        .map(row -> view.apply(row, seal)).toList();
  }
}
