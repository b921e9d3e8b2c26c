package org.confidant.cases.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditTrail;
import org.confidant.cases.api.CaseChange;
import org.confidant.cases.api.CaseDraft;
import org.confidant.cases.api.CaseView;
import org.confidant.cases.api.Cases;
import org.confidant.cases.api.NoteDraft;
import org.confidant.cases.api.NoteView;
import org.confidant.cases.infrastructure.CaseEntity;
import org.confidant.cases.infrastructure.NoteEntity;
import org.confidant.contacts.api.InvalidRecord;
import org.confidant.contacts.api.RecordNotFound;
import org.confidant.contacts.api.StaleRecord;
import org.confidant.contacts.application.ContactAccess;
import org.confidant.contacts.application.RecordKeys;
import org.confidant.vault.FieldAddress;
import org.confidant.vault.FieldSeal;
import org.confidant.contacts.infrastructure.ContactEntity;
import org.confidant.identity.Roles;

/**
 * Cases and notes. Their PHI (a case's subject, a note's text) is sealed with the contact's data key at its own
 * address; every operation first opens the contact through {@link ContactAccess} (routine or break-glass).
 */
@Stateless
public class CasesBean implements Cases {

  static final String CASE = "case";
  static final String NOTE = "note";

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @EJB AuditTrail audit;

  @EJB ContactAccess access;

  @Inject RecordKeys keys;

  @Override
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public CaseView open(CaseDraft draft, String reason) {
    ContactEntity contact = access.open(draft.contactId(), reason).contact();
    requireAgent(draft.ownerAgentId());
    UUID id = UUID.randomUUID();
    CaseEntity opened = new CaseEntity(id, contact.getId(), keys.sealOf(contact).seal(subjectOf(id), draft.subject()));
    opened.assign(opened.getStatus(), draft.ownerAgentId(), draft.team());
    entityManager.persist(opened);
    entityManager.flush();
    entityManager.refresh(opened);
    audit.record("case.created", CASE, id.toString(), AuditOutcome.SUCCESS);
    return view(opened, contact);
  }

  @Override
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public CaseView caseFile(UUID id, String reason) {
    CaseEntity found = existing(id);
    ContactEntity contact = access.open(found.getContactId(), reason).contact();
    audit.record("case.read", CASE, id.toString(), AuditOutcome.SUCCESS);
    return view(found, contact);
  }

  @Override
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public List<CaseView> ofContact(UUID contactId, String reason) {
    ContactEntity contact = access.open(contactId, reason).contact();
    audit.record("case.listed", "contact", contactId.toString(), AuditOutcome.SUCCESS);
    return entityManager.createQuery(
            "select c from CaseEntity c where c.contactId = :contact order by c.createdAt desc", CaseEntity.class)
        .setParameter("contact", contactId).getResultList().stream().map(c -> view(c, contact)).toList();
  }

  @Override
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public CaseView change(UUID id, CaseChange change) {
    CaseEntity found = existing(id);
    ContactEntity contact = access.open(found.getContactId(), null).contact();
    if (found.getVersion() != change.version()) {
      throw new StaleRecord(CASE);
    }
    requireAgent(change.ownerAgentId());
    found.assign(change.status(), change.ownerAgentId(), change.team());
    try {
      entityManager.flush();
    } catch (OptimisticLockException raced) {
      throw new StaleRecord(CASE);
    }
    audit.record("case.updated", CASE, id.toString(), AuditOutcome.SUCCESS);
    return view(found, contact);
  }

  @Override
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public NoteView addNote(UUID contactId, NoteDraft draft, String reason) {
    ContactEntity contact = access.open(contactId, reason).contact();
    if (draft.caseId() != null && !contactId.equals(existing(draft.caseId()).getContactId())) {
      throw new InvalidRecord("caseId", "the case is not this contact's");
    }
    UUID id = UUID.randomUUID();
    NoteEntity note = new NoteEntity(id, contactId, draft.caseId(), access.user(),
        keys.sealOf(contact).seal(textOf(id), draft.text()));
    entityManager.persist(note);
    entityManager.flush();
    entityManager.refresh(note);
    audit.record("note.created", NOTE, id.toString(), AuditOutcome.SUCCESS);
    return view(note, keys.sealOf(contact));
  }

  @Override
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public List<NoteView> notes(UUID contactId, String reason) {
    ContactEntity contact = access.open(contactId, reason).contact();
    audit.record("note.listed", "contact", contactId.toString(), AuditOutcome.SUCCESS);
    FieldSeal seal = keys.sealOf(contact);
    return entityManager.createQuery(
            "select n from NoteEntity n where n.contactId = :contact order by n.writtenAt, n.id", NoteEntity.class)
        .setParameter("contact", contactId).getResultList().stream().map(n -> view(n, seal)).toList();
  }

  private CaseEntity existing(UUID id) {
    CaseEntity found = entityManager.find(CaseEntity.class, id);
    if (found == null) {
      throw new RecordNotFound(CASE, id);
    }
    return found;
  }

  private void requireAgent(UUID agentId) {
    if (agentId != null && entityManager.createNativeQuery("SELECT 1 FROM agent WHERE id = ?1")
        .setParameter(1, agentId).getResultList().isEmpty()) {
      throw new InvalidRecord("ownerAgentId", "no agent has this id");
    }
  }

  static FieldAddress subjectOf(UUID caseId) {
    return new FieldAddress(CaseEntity.TABLE, "subject", caseId);
  }

  static FieldAddress textOf(UUID noteId) {
    return new FieldAddress(NoteEntity.TABLE, "body", noteId);
  }

  private CaseView view(CaseEntity found, ContactEntity contact) {
    return view(found, keys.sealOf(contact));
  }

  /** A case as stored; without a seal (null) its subject is left out. */
  static CaseView view(CaseEntity found, FieldSeal seal) {
    return new CaseView(found.getId(), found.getVersion(), found.getContactId(),
        seal == null ? null : seal.open(subjectOf(found.getId()), found.getSubject()), found.getStatus(),
        found.getOwnerAgentId(), found.getTeam(), found.getCreatedAt());
  }

  /** A note as stored; without a seal (null) its text is left out. */
  static NoteView view(NoteEntity note, FieldSeal seal) {
    return new NoteView(note.getId(), note.getContactId(), note.getCaseId(), note.getAuthor(), note.getWrittenAt(),
        seal == null ? null : seal.open(textOf(note.getId()), note.getBody()));
  }
}
