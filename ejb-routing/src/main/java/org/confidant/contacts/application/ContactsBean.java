package org.confidant.contacts.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.confidant.access.MaskingPolicy;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditTrail;
import org.confidant.contacts.api.BreakGlassEvent;
import org.confidant.contacts.api.ContactDraft;
import org.confidant.contacts.api.ContactMatch;
import org.confidant.contacts.api.ContactView;
import org.confidant.contacts.api.Contacts;
import org.confidant.contacts.api.InvalidRecord;
import org.confidant.contacts.api.OrganisationDraft;
import org.confidant.contacts.api.OrganisationView;
import org.confidant.contacts.api.StaleRecord;
import org.confidant.contacts.domain.AccessDecision;
import org.confidant.contacts.infrastructure.ContactEntity;
import org.confidant.contacts.infrastructure.OrganisationEntity;
import org.confidant.identity.Roles;

@Stateless
public class ContactsBean implements Contacts {

  static final String RESOURCE = "contact";

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @EJB AuditTrail audit;

  @EJB ContactAccess access;

  @EJB ContactWriter writer;

  @Inject RecordKeys keys;

  @Inject MaskingPolicy policy;

  @Override
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public ContactView register(ContactDraft draft) {
    ContactEntity contact = writer.register(UUID.randomUUID(), draft, access.user());
    audit.record("contact.created", RESOURCE, contact.getId().toString(), AuditOutcome.SUCCESS);
    return view(contact, AccessDecision.ROUTINE);
  }

  @Override
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public ContactView contact(UUID id, String reason) {
    OpenContact opened = access.open(id, reason);
    audit.record("contact.read", RESOURCE, id.toString(), AuditOutcome.SUCCESS);
    return view(opened.contact(), opened.access());
  }

  @Override
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public ContactView breakGlass(UUID id, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidRecord("reason", "state why you open this record");
    }
    return contact(id, reason);
  }

  @Override
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public ContactView update(UUID id, ContactDraft draft) {
    OpenContact opened = access.open(id, null);
    ContactEntity contact = opened.contact();
    if (contact.getVersion() != draft.version()) {
      throw new StaleRecord(RESOURCE);
    }
    writer.replace(contact, draft);
    try {
      entityManager.flush();
    } catch (OptimisticLockException raced) {
      throw new StaleRecord(RESOURCE);
    }
    audit.record("contact.updated", RESOURCE, id.toString(), AuditOutcome.SUCCESS);
    return view(contact, opened.access());
  }

  @Override
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public List<ContactMatch> findByPhone(String number) {
    String e164 = keys.e164(number).orElseThrow(() -> new InvalidRecord("phone", "is not a phone number"));
    return found("contact_phone_index", "phone_hmac", keys.phoneIndex(e164), "phone");
  }

  @Override
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public List<ContactMatch> findByRecordNumber(String recordNumber) {
    return found("contact_record_number_index", "number_hmac", keys.recordNumberIndex(recordNumber),
        "record-number");
  }

  @Override
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public List<ContactMatch> findByIdentity(String name, LocalDate birthDate) {
    return found("contact_identity_index", "identity_hmac", keys.identityIndex(name, birthDate), "identity");
  }

  /**
   * The contacts a blind index names, each disclosed by name only (as the role may see it) and audited by id; the
   * search itself is audited by the index it used, never by the value searched for.
   */
  private List<ContactMatch> found(String index, String column, byte[] hmac, String by) {
    List<ContactEntity> contacts = Lookups.contactsIn(entityManager, index, column, hmac);
    audit.record("contact.searched", RESOURCE + "-" + by, null, AuditOutcome.SUCCESS);
    Set<String> roles = access.roles();
    return contacts.stream().map(contact -> {
      audit.record("contact.found", RESOURCE, contact.getId().toString(), AuditOutcome.SUCCESS);
      return ContactViews.match(contact, keys.sealOf(contact), policy, roles);
    }).toList();
  }

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR})
  public List<BreakGlassEvent> breakGlassEvents(int limit) {
    List<?> rows = entityManager.createNativeQuery("SELECT id, accessed_at, actor, contact_id, reason"
            + " FROM break_glass_access ORDER BY accessed_at DESC, id DESC LIMIT ?1")
        .setParameter(1, limit).getResultList();
    audit.record("break-glass.listed", "break-glass", null, AuditOutcome.SUCCESS);
    return rows.stream().map(row -> (Object[]) row).map(row -> new BreakGlassEvent(((Number) row[0]).longValue(),
        Lookups.time(row[1]), (String) row[2], Lookups.uuid(row[3]), (String) row[4])).toList();
  }

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public OrganisationView register(OrganisationDraft draft) {
    long taken = entityManager.createQuery("select count(o) from OrganisationEntity o where o.name = :name",
        Long.class).setParameter("name", draft.name()).getSingleResult();
    if (taken > 0) {
      throw new InvalidRecord("name", "another organisation has this name");
    }
    OrganisationEntity organisation = new OrganisationEntity(UUID.randomUUID(), draft.name());
    entityManager.persist(organisation);
    audit.record("organisation.created", "organisation", organisation.getId().toString(), AuditOutcome.SUCCESS);
    return new OrganisationView(organisation.getId(), organisation.getName());
  }

  @Override
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  public List<OrganisationView> organisations() {
    return entityManager.createQuery("select o from OrganisationEntity o order by o.name", OrganisationEntity.class)
        .getResultList().stream().map(o -> new OrganisationView(o.getId(), o.getName())).toList();
  }

  private ContactView view(ContactEntity contact, AccessDecision decision) {
    return ContactViews.view(contact, keys.sealOf(contact), policy, access.roles(), decision);
  }
}
