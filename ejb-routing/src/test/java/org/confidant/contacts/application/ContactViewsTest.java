package org.confidant.contacts.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.confidant.access.MaskingPolicy;
import org.confidant.contacts.api.ContactView;
import org.confidant.contacts.api.PhoneView;
import org.confidant.contacts.domain.AccessDecision;
import org.confidant.vault.FieldSeal;
import org.confidant.contacts.infrastructure.ContactEntity;
import org.confidant.contacts.infrastructure.SealedContact;
import org.confidant.identity.Roles;
import org.confidant.vault.KeyKind;
import org.confidant.vault.WrappedKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ContactViewsTest {

  private static final UUID ID = UUID.fromString("00000000-0000-4000-8000-00000000c0de");
  private static FieldSeal seal;
  private static ContactEntity contact;

  @BeforeAll
  @SuppressWarnings("deprecation")  // a fresh test key; the vault makes the real ones
  static void aSealedContact() throws GeneralSecurityException {
    AeadConfig.register();
    seal = new FieldSeal(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM).getPrimitive(Aead.class));
    contact = new ContactEntity(ID, new WrappedKey(KeyKind.FIELD, "kek-1", new byte[] {1}), "demo.agent");
    contact.change(null, new SealedContact(
        seal.seal(ContactWriter.at(ID, "name"), "Maria Lopez"),
        seal.seal(ContactWriter.at(ID, "birth_date"), "1961-03-15"),
        null,
        seal.seal(ContactWriter.at(ID, "phones"), RecordJson.write(List.of(new PhoneView("mobile", "+14155550132")))),
        seal.seal(ContactWriter.at(ID, "record_numbers"), RecordJson.write(List.of("MRN-0042137"))),
        seal.seal(ContactWriter.at(ID, "custom_fields"), RecordJson.write(Map.of("bloodGroup", "O+")))));
  }

  @Test
  void anAgentSeesTheContactMaskedAndIsToldWhichFieldsAre() {
    ContactView view = ContactViews.view(contact, seal, MaskingPolicy.standard(), Set.of(Roles.AGENT),
        AccessDecision.ROUTINE);
    assertThat(view.name()).isEqualTo("Maria Lopez");
    assertThat(view.birthDate()).isEqualTo("****-**-15");
    assertThat(view.phones()).containsExactly(new PhoneView("mobile", "+14155550132"));
    assertThat(view.recordNumbers()).containsExactly("****2137");
    assertThat(view.customFields()).isEmpty();
    assertThat(view.masked()).containsExactly("birthDate", "recordNumbers", "customFields");
    assertThat(view.access()).isEqualTo("ROUTINE");
  }

  @Test
  void aSupervisorSeesItWhole() {
    ContactView view = ContactViews.view(contact, seal, MaskingPolicy.standard(), Set.of(Roles.SUPERVISOR),
        AccessDecision.BREAK_GLASS);
    assertThat(view.birthDate()).isEqualTo("1961-03-15");
    assertThat(view.recordNumbers()).containsExactly("MRN-0042137");
    assertThat(view.customFields()).containsEntry("bloodGroup", "O+");
    assertThat(view.masked()).isEmpty();
    assertThat(view.access()).isEqualTo("BREAK_GLASS");
  }
}
