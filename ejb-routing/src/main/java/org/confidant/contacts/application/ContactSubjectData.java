package org.confidant.contacts.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.confidant.access.MaskingPolicy;
import org.confidant.contacts.api.ContactView;
import org.confidant.contacts.api.InvalidRecord;
import org.confidant.contacts.api.OrganisationView;
import org.confidant.contacts.domain.AccessDecision;
import org.confidant.contacts.infrastructure.ContactEntity;
import org.confidant.contacts.infrastructure.OrganisationEntity;
import org.confidant.identity.Roles;

/**
 * A contact's part of a data-subject request: finding the person through the blind indexes (ids only, nothing
 * decrypted), their record whole (the request discloses it to the person it is about), and its erasure. Without
 * audit entries of its own: the request audits what it does.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class ContactSubjectData {

  /** The person's own record is shown to them whole, as a supervisor sees it. */
  private static final Set<String> WHOLE = Set.of(Roles.SUPERVISOR);

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @Inject RecordKeys keys;

  @Inject MaskingPolicy policy;

  public List<UUID> byPhone(String number) {
    String e164 = keys.e164(number).orElseThrow(() -> new InvalidRecord("phone", "is not a phone number"));
    return ids("contact_phone_index", "phone_hmac", keys.phoneIndex(e164));
  }

  public List<UUID> byRecordNumber(String recordNumber) {
    return ids("contact_record_number_index", "number_hmac", keys.recordNumberIndex(recordNumber));
  }

  public List<UUID> byIdentity(String name, LocalDate birthDate) {
    return ids("contact_identity_index", "identity_hmac", keys.identityIndex(name, birthDate));
  }

  /** The contact decrypted whole; empty when there is none (never registered, or erased). */
  public Optional<ContactView> whole(UUID id) {
    return Optional.ofNullable(entityManager.find(ContactEntity.class, id)).map(contact ->
        ContactViews.view(contact, keys.sealOf(contact), policy, WHOLE, AccessDecision.ROUTINE));
  }

  public Optional<OrganisationView> organisation(UUID id) {
    return Optional.ofNullable(id == null ? null : entityManager.find(OrganisationEntity.class, id))
        .map(organisation -> new OrganisationView(organisation.getId(), organisation.getName()));
  }

  /**
   * Deletes the contact's row — its data key, every sealed field — and with it (the schema cascades) its blind-index
   * entries, cases and notes.
   */
  public void erase(UUID id) {
    entityManager.createNativeQuery("DELETE FROM contact WHERE id = ?1").setParameter(1, id).executeUpdate();
  }

  private List<UUID> ids(String index, String column, byte[] hmac) {
    return Lookups.contactsIn(entityManager, index, column, hmac).stream().map(ContactEntity::getId).toList();
  }
}
