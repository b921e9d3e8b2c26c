package org.confidant.contacts.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.confidant.contacts.api.ContactDraft;
import org.confidant.contacts.api.InvalidRecord;
import org.confidant.contacts.api.PhoneDraft;
import org.confidant.contacts.api.PhoneView;
import org.confidant.vault.FieldAddress;
import org.confidant.vault.FieldSeal;
import org.confidant.contacts.infrastructure.ContactEntity;
import org.confidant.contacts.infrastructure.OrganisationEntity;
import org.confidant.contacts.infrastructure.SealedContact;

/**
 * Writes a contact: phone numbers to E.164, every PHI field sealed at its address with the contact's key, and the
 * blind indexes rebuilt from the new values. Without roles of its own: {@link ContactsBean} and the demo seeding call
 * it from inside the server.
 */
@Stateless
public class ContactWriter {

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @Inject RecordKeys keys;

  /** A new contact with a new data key. */
  public ContactEntity register(UUID id, ContactDraft draft, String registeredBy) {
    List<PhoneView> phones = normalised(draft.phones());
    requireOrganisation(draft);
    ContactEntity contact = new ContactEntity(id, keys.newContactKey(), registeredBy);
    contact.change(draft.organisationId(), seal(contact, draft, phones));
    entityManager.persist(contact);
    entityManager.flush();
    index(contact.getId(), draft, phones);
    return contact;
  }

  /** The contact's fields replaced whole, under its own key. */
  public void replace(ContactEntity contact, ContactDraft draft) {
    List<PhoneView> phones = normalised(draft.phones());
    requireOrganisation(draft);
    contact.change(draft.organisationId(), seal(contact, draft, phones));
    index(contact.getId(), draft, phones);
  }

  private SealedContact seal(ContactEntity contact, ContactDraft draft, List<PhoneView> phones) {
    FieldSeal seal = keys.sealOf(contact);
    UUID id = contact.getId();
    return new SealedContact(
        seal.seal(at(id, "name"), draft.name().strip()),
        seal.seal(at(id, "birth_date"), draft.birthDate() == null ? null : draft.birthDate().toString()),
        seal.seal(at(id, "email"), draft.email()),
        seal.seal(at(id, "phones"), RecordJson.write(phones)),
        seal.seal(at(id, "record_numbers"), RecordJson.write(draft.recordNumbers())),
        seal.seal(at(id, "custom_fields"), RecordJson.write(draft.customFields())));
  }

  static FieldAddress at(UUID contactId, String column) {
    return new FieldAddress(ContactEntity.TABLE, column, contactId);
  }

  private List<PhoneView> normalised(List<PhoneDraft> phones) {
    List<PhoneView> normalised = new ArrayList<>();
    for (int i = 0; i < phones.size(); i++) {
      PhoneDraft phone = phones.get(i);
      String e164 = keys.e164(phone.number()).orElseThrow(invalidPhone(i));
      normalised.add(new PhoneView(phone.label(), e164));
    }
    return normalised;
  }

  private static Supplier<InvalidRecord> invalidPhone(int index) {
    return () -> new InvalidRecord("phones[" + index + "].number", "is not a phone number");
  }

  private void requireOrganisation(ContactDraft draft) {
    if (draft.organisationId() != null
        && entityManager.find(OrganisationEntity.class, draft.organisationId()) == null) {
      throw new InvalidRecord("organisationId", "no organisation has this id");
    }
  }

  private void index(UUID id, ContactDraft draft, List<PhoneView> phones) {
    for (String table : List.of("contact_phone_index", "contact_record_number_index", "contact_identity_index")) {
      entityManager.createNativeQuery("DELETE FROM " + table + " WHERE contact_id = ?1")
          .setParameter(1, id).executeUpdate();
    }
    Set<String> numbers = new LinkedHashSet<>();
    phones.forEach(phone -> numbers.add(phone.number()));
    numbers.forEach(number -> insert("contact_phone_index", id, keys.phoneIndex(number)));
    Set<String> recordNumbers = new LinkedHashSet<>(draft.recordNumbers());
    recordNumbers.forEach(number -> insert("contact_record_number_index", id, keys.recordNumberIndex(number)));
    if (draft.birthDate() != null) {
      insert("contact_identity_index", id, keys.identityIndex(draft.name(), draft.birthDate()));
    }
  }

  private void insert(String table, UUID id, byte[] hmac) {
    entityManager.createNativeQuery("INSERT INTO " + table + " VALUES (?1, ?2) ON CONFLICT DO NOTHING")
        .setParameter(1, id).setParameter(2, hmac).executeUpdate();
  }
}
