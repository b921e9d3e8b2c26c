package org.confidant.contacts.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.confidant.access.Disclosure;
import org.confidant.access.MaskingPolicy;
import org.confidant.access.PhiField;
import org.confidant.contacts.api.ContactMatch;
import org.confidant.contacts.api.ContactView;
import org.confidant.contacts.api.PhoneView;
import org.confidant.contacts.domain.AccessDecision;
import org.confidant.vault.FieldSeal;
import org.confidant.contacts.infrastructure.ContactEntity;
import org.confidant.contacts.infrastructure.SealedContact;

/** A contact opened and masked for the caller's roles; {@code masked} lists what they see in part or not at all. */
final class ContactViews {

  private final MaskingPolicy policy;
  private final Set<String> roles;
  private final List<String> masked = new ArrayList<>();

  private ContactViews(MaskingPolicy policy, Set<String> roles) {
    this.policy = policy;
    this.roles = roles;
  }

  static ContactView view(ContactEntity contact, FieldSeal seal, MaskingPolicy policy, Set<String> roles,
      AccessDecision access) {
    return new ContactViews(policy, roles).view(contact, seal, access);
  }

  static ContactMatch match(ContactEntity contact, FieldSeal seal, MaskingPolicy policy, Set<String> roles) {
    String name = seal.open(ContactWriter.at(contact.getId(), "name"), contact.getSealed().name());
    return new ContactMatch(contact.getId(), policy.show(roles, PhiField.NAME, name));
  }

  private ContactView view(ContactEntity contact, FieldSeal seal, AccessDecision access) {
    UUID id = contact.getId();
    SealedContact sealed = contact.getSealed();
    String name = show("name", PhiField.NAME, seal.open(ContactWriter.at(id, "name"), sealed.name()));
    String birthDate = show("birthDate", PhiField.BIRTH_DATE,
        seal.open(ContactWriter.at(id, "birth_date"), sealed.birthDate()));
    String email = show("email", PhiField.EMAIL, seal.open(ContactWriter.at(id, "email"), sealed.email()));
    List<PhoneView> phones = RecordJson.phones(seal.open(ContactWriter.at(id, "phones"), sealed.phones())).stream()
        .map(phone -> new PhoneView(phone.label(), policy.show(roles, PhiField.PHONE, phone.number())))
        .toList();
    noteMasked("phones", PhiField.PHONE, !phones.isEmpty());
    List<String> recordNumbers = RecordJson.strings(
            seal.open(ContactWriter.at(id, "record_numbers"), sealed.recordNumbers())).stream()
        .map(number -> policy.show(roles, PhiField.RECORD_NUMBER, number)).toList();
    noteMasked("recordNumbers", PhiField.RECORD_NUMBER, !recordNumbers.isEmpty());
    Map<String, String> customFields = customFields(
        RecordJson.fields(seal.open(ContactWriter.at(id, "custom_fields"), sealed.customFields())));
    return new ContactView(id, contact.getVersion(), contact.getOrganisationId(), name, birthDate, email, phones,
        recordNumbers, customFields, List.copyOf(masked), access.name());
  }

  private Map<String, String> customFields(Map<String, String> stored) {
    noteMasked("customFields", PhiField.CUSTOM_FIELD, !stored.isEmpty());
    if (policy.disclosure(roles, PhiField.CUSTOM_FIELD) == Disclosure.HIDDEN) {
      return Map.of();
    }
    Map<String, String> shown = new LinkedHashMap<>();
    stored.forEach((key, value) -> shown.put(key, policy.show(roles, PhiField.CUSTOM_FIELD, value)));
    return shown;
  }

  private String show(String property, PhiField field, String value) {
    noteMasked(property, field, value != null);
    return policy.show(roles, field, value);
  }

  private void noteMasked(String property, PhiField field, boolean present) {
    if (present && policy.disclosure(roles, field) != Disclosure.FULL) {
      masked.add(property);
    }
  }
}
