package org.confidant.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FieldSealTest {

  private static final UUID ROW = UUID.fromString("00000000-0000-4000-8000-00000000c001");
  private static final UUID OTHER_ROW = UUID.fromString("00000000-0000-4000-8000-00000000c002");

  private static FieldSeal seal;

  @BeforeAll
  static void aContactKey() throws GeneralSecurityException {
    AeadConfig.register();
    seal = new FieldSeal(aead());
  }

  @SuppressWarnings("deprecation")  // the shortest way to a fresh key in a test; the vault makes the real ones
  private static Aead aead() throws GeneralSecurityException {
    return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM).getPrimitive(Aead.class);
  }

  @Test
  void aSealedFieldOpensAtItsOwnAddress() {
    FieldAddress name = new FieldAddress("contact", "name", ROW);
    byte[] sealed = seal.seal(name, "Maria Lopez");
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Maria");
    assertThat(seal.open(name, sealed)).isEqualTo("Maria Lopez");
  }

  @Test
  void aCiphertextMovedToAnotherRowDoesNotOpen() {
    byte[] sealed = seal.seal(new FieldAddress("contact", "name", ROW), "Maria Lopez");
    assertThatThrownBy(() -> seal.open(new FieldAddress("contact", "name", OTHER_ROW), sealed))
        .isInstanceOf(UnreadableField.class).hasMessageNotContaining("Maria");
  }

  @Test
  void aCiphertextMovedToAnotherColumnOrTableDoesNotOpen() {
    byte[] sealed = seal.seal(new FieldAddress("contact", "email", ROW), "maria@example.org");
    assertThatThrownBy(() -> seal.open(new FieldAddress("contact", "name", ROW), sealed))
        .isInstanceOf(UnreadableField.class);
    assertThatThrownBy(() -> seal.open(new FieldAddress("contact_note", "email", ROW), sealed))
        .isInstanceOf(UnreadableField.class);
  }

  @Test
  void anotherContactsKeyDoesNotOpenIt() throws GeneralSecurityException {
    FieldAddress name = new FieldAddress("contact", "name", ROW);
    byte[] sealed = seal.seal(name, "Maria Lopez");
    assertThatThrownBy(() -> new FieldSeal(aead()).open(name, sealed)).isInstanceOf(UnreadableField.class);
  }

  @Test
  void sealingTheSameValueTwiceGivesDifferentCiphertexts() {
    FieldAddress name = new FieldAddress("contact", "name", ROW);
    assertThat(seal.seal(name, "Maria Lopez")).isNotEqualTo(seal.seal(name, "Maria Lopez"));
  }

  @Test
  void absentStaysAbsent() {
    FieldAddress email = new FieldAddress("contact", "email", ROW);
    assertThat(seal.seal(email, null)).isNull();
    assertThat(seal.open(email, null)).isNull();
  }
}
