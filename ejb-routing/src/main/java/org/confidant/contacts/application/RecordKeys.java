package org.confidant.contacts.application;

import com.google.crypto.tink.Mac;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.Optional;
import org.confidant.vault.FieldSeal;
import org.confidant.contacts.domain.LookupKeys;
import org.confidant.contacts.domain.PhoneNumbers;
import org.confidant.contacts.infrastructure.ContactEntity;
import org.confidant.vault.KeyKind;
import org.confidant.vault.SystemKeys;
import org.confidant.vault.Vault;
import org.confidant.vault.WrappedKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The keys of records: a FIELD data key per contact (its cases and notes are sealed with it too), and one
 * deployment-wide BLIND_INDEX key per index, so that the phone, record-number and identity indexes cannot be joined
 * on each other. Phone numbers are read in the deployment's region ({@code CONFIDANT_DEFAULT_REGION}).
 */
@ApplicationScoped
public class RecordKeys {

  static final String PHONE_INDEX = "contact-phone";
  static final String RECORD_NUMBER_INDEX = "contact-record-number";
  static final String IDENTITY_INDEX = "contact-identity";

  @Inject Vault vault;

  @Inject SystemKeys systemKeys;

  @Inject
  @ConfigProperty(name = "confidant.default-region", defaultValue = "US")
  String defaultRegion;

  private PhoneNumbers phoneNumbers;

  @PostConstruct
  void readRegion() {
    phoneNumbers = new PhoneNumbers(defaultRegion);
  }

  public WrappedKey newContactKey() {
    return vault.newDataKey(KeyKind.FIELD);
  }

  /** The seal of a contact and of everything filed under it. */
  public FieldSeal sealOf(ContactEntity contact) {
    return new FieldSeal(vault.fieldCipher(contact.getKey()));
  }

  public Optional<String> e164(String written) {
    return phoneNumbers.e164(written);
  }

  public byte[] phoneIndex(String e164) {
    return mac(PHONE_INDEX, e164);
  }

  public byte[] recordNumberIndex(String recordNumber) {
    return mac(RECORD_NUMBER_INDEX, LookupKeys.recordNumber(recordNumber));
  }

  public byte[] identityIndex(String name, LocalDate birthDate) {
    return mac(IDENTITY_INDEX, LookupKeys.identity(name, birthDate));
  }

  private byte[] mac(String index, String normalised) {
    Mac mac = vault.blindIndex(systemKeys.named(index, KeyKind.BLIND_INDEX));
    try {
      return mac.computeMac(normalised.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not compute the " + index + " blind index", e);
    }
  }
}
