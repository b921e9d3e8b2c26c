package org.confidant.contacts.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.confidant.persistence.VersionedEntity;
import org.confidant.vault.WrappedKey;

@Entity
@Table(name = "contact")
public class ContactEntity extends VersionedEntity {

  public static final String TABLE = "contact";

  @Column(name = "organisation_id")
  private UUID organisationId;

  @Column(name = "key_kind", nullable = false)
  private String keyKind;

  @Column(name = "kek_id", nullable = false)
  private String kekId;

  @Column(name = "wrapped_key", nullable = false)
  private byte[] wrappedKey;

  @Column(nullable = false)
  private byte[] name;

  @Column(name = "birth_date")
  private byte[] birthDate;

  private byte[] email;

  @Column(nullable = false)
  private byte[] phones;

  @Column(name = "record_numbers", nullable = false)
  private byte[] recordNumbers;

  @Column(name = "custom_fields", nullable = false)
  private byte[] customFields;

  @Column(name = "registered_by", nullable = false, length = 128)
  private String registeredBy;

  protected ContactEntity() {}

  public ContactEntity(UUID id, WrappedKey key, String registeredBy) {
    super(id);
    this.keyKind = key.kind().name();
    this.kekId = key.kekId();
    this.wrappedKey = key.ciphertext();
    this.registeredBy = registeredBy;
  }

  public void change(UUID organisation, SealedContact sealed) {
    this.organisationId = organisation;
    this.name = sealed.name();
    this.birthDate = sealed.birthDate();
    this.email = sealed.email();
    this.phones = sealed.phones();
    this.recordNumbers = sealed.recordNumbers();
    this.customFields = sealed.customFields();
  }

  public WrappedKey getKey() {
    return WrappedKey.of(keyKind, kekId, wrappedKey);
  }

  public SealedContact getSealed() {
    return new SealedContact(name, birthDate, email, phones, recordNumbers, customFields);
  }

  public UUID getOrganisationId() {
    return organisationId;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }
}
