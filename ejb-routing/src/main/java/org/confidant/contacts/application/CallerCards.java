package org.confidant.contacts.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.confidant.cases.api.CaseStatus;
import org.confidant.cases.infrastructure.CaseEntity;
import org.confidant.contacts.domain.CallerCard;
import org.confidant.contacts.infrastructure.ContactEntity;
import org.confidant.vault.FieldAddress;
import org.confidant.vault.FieldSeal;

/**
 * The contacts behind a calling number, for the screen pop: found through the phone blind index (no row is
 * decrypted to find them), then opened — name, birth date, record numbers and open cases only. Unmasked: the screen
 * pop masks for the agent's role and audits each contact it shows. {@code @PermitAll}: asked from inside the server
 * as a call is offered; in no REST resource and not in an {@code api} package.
 */
@Stateless
@LocalBean
@PermitAll
public class CallerCards {

  private static final List<CaseStatus> OPEN = List.of(CaseStatus.OPEN, CaseStatus.PENDING);

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @Inject RecordKeys keys;

  /** The calling number as signalled, in E.164; empty when withheld or not a phone number. */
  public Optional<String> e164(String callingNumber) {
    return callingNumber == null ? Optional.empty() : keys.e164(callingNumber);
  }

  /** The contacts whose phone numbers include this E.164 number, by id. */
  public List<CallerCard> of(String e164) {
    return Lookups.contactsIn(entityManager, "contact_phone_index", "phone_hmac", keys.phoneIndex(e164)).stream()
        .map(this::card).toList();
  }

  private CallerCard card(ContactEntity contact) {
    UUID id = contact.getId();
    FieldSeal seal = keys.sealOf(contact);
    List<String> recordNumbers = RecordJson.strings(
        seal.open(ContactWriter.at(id, "record_numbers"), contact.getSealed().recordNumbers()));
    return new CallerCard(id, seal.open(ContactWriter.at(id, "name"), contact.getSealed().name()),
        seal.open(ContactWriter.at(id, "birth_date"), contact.getSealed().birthDate()), recordNumbers,
        openCases(id, seal));
  }

  private List<CallerCard.OpenCase> openCases(UUID contactId, FieldSeal seal) {
    return entityManager.createQuery("select c from CaseEntity c where c.contactId = :contact"
            + " and c.status in :open order by c.createdAt desc", CaseEntity.class)
        .setParameter("contact", contactId).setParameter("open", OPEN).getResultStream()
        .map(found -> new CallerCard.OpenCase(found.getId(),
            seal.open(new FieldAddress(CaseEntity.TABLE, "subject", found.getId()), found.getSubject()),
            found.getStatus().name(), found.getOwnerAgentId(), found.getTeam(), found.getCreatedAt().toInstant()))
        .toList();
  }
}
