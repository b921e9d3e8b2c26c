package org.confidant.contacts.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditTrail;
import org.confidant.contacts.api.CallerIdentification;
import org.confidant.contacts.api.CallerMatch;
import org.confidant.contacts.infrastructure.ContactEntity;

/**
 * Calling number to contacts through the phone blind index. {@code @PermitAll}: the screen pop asks from inside the
 * server as a call is offered (no user yet); it is in no REST resource. Each contact named is audited by id.
 */
@Stateless
@PermitAll
public class CallerIdentificationBean implements CallerIdentification {

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @EJB AuditTrail audit;

  @Inject RecordKeys keys;

  @Override
  public List<CallerMatch> identify(String callingNumber) {
    Optional<String> e164 = keys.e164(callingNumber);
    if (e164.isEmpty()) {
      return List.of();  // withheld or unusable: an unknown caller
    }
    return Lookups.contactsIn(entityManager, "contact_phone_index", "phone_hmac", keys.phoneIndex(e164.get()))
        .stream().map(this::match).toList();
  }

  private CallerMatch match(ContactEntity contact) {
    audit.record("contact.identified", ContactsBean.RESOURCE, contact.getId().toString(), AuditOutcome.SUCCESS);
    String name = keys.sealOf(contact).open(ContactWriter.at(contact.getId(), "name"), contact.getSealed().name());
    List<?> openCases = entityManager.createNativeQuery("SELECT id FROM contact_case WHERE contact_id = ?1"
            + " AND status IN ('OPEN', 'PENDING') ORDER BY created_at DESC")
        .setParameter(1, contact.getId()).getResultList();
    return new CallerMatch(contact.getId(), name, openCases.stream().map(Lookups::uuid).toList());
  }
}
