package org.confidant.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.Aead;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Signature;
import java.util.Optional;
import org.confidant.audit.domain.Ed25519Keys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultTest {

  private static final byte[] PHI = "Jane Roe, born 1984-02-15".getBytes(StandardCharsets.UTF_8);
  private static final byte[] CONTEXT = "contact/42/name".getBytes(StandardCharsets.UTF_8);

  @TempDir Path secrets;

  @Test
  void theFirstUnlockCreatesAnOwnerOnlyKeystoreWithOneKek() throws Exception {
    Vault vault = unlocked("correct horse");

    assertThat(vault.currentKekId()).isEqualTo("kek-1");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets.resolve("vault-keys.p12"))))
        .isEqualTo("rw-------");
  }

  @Test
  void dataEncryptedBeforeARestartDecryptsAfterIt() throws Exception {
    Vault before = unlocked("correct horse");
    WrappedKey key = before.newDataKey(KeyKind.FIELD);
    byte[] ciphertext = before.fieldCipher(key).encrypt(PHI, CONTEXT);

    Vault after = unlocked("correct horse");

    assertThat(after.fieldCipher(key).decrypt(ciphertext, CONTEXT)).isEqualTo(PHI);
  }

  @Test
  void aWrongPasswordKeepsTheVaultLockedAndSaysWhy() {
    unlocked("correct horse");

    assertThatThrownBy(() -> unlocked("battery staple"))
        .isInstanceOf(VaultException.class)
        .hasMessageContaining("could not be opened")
        .hasMessageNotContaining("battery");
  }

  @Test
  void aMissingPasswordFileIsAClearError() {
    Vault vault = new Vault();
    vault.settings = settings(secrets.resolve("nowhere"));

    assertThatThrownBy(vault::unlock).isInstanceOf(VaultException.class).hasMessageContaining("locked");
  }

  @Test
  void rotationRewrapsTheKeyWithoutReEncryptingTheData() throws Exception {
    Vault vault = unlocked("correct horse");
    WrappedKey key = vault.newDataKey(KeyKind.FIELD);
    byte[] ciphertext = vault.fieldCipher(key).encrypt(PHI, CONTEXT);

    assertThat(vault.addKek()).isEqualTo("kek-2");
    WrappedKey rewrapped = vault.rewrap(key);

    assertThat(rewrapped.kekId()).isEqualTo("kek-2");
    assertThat(rewrapped.ciphertext()).isNotEqualTo(key.ciphertext());
    assertThat(vault.fieldCipher(rewrapped).decrypt(ciphertext, CONTEXT)).isEqualTo(PHI);
    assertThat(vault.fieldCipher(key).decrypt(ciphertext, CONTEXT)).as("the old KEK still opens old keys")
        .isEqualTo(PHI);
    assertThat(unlocked("correct horse").currentKekId()).as("the new KEK is on disk").isEqualTo("kek-2");
    assertThat(vault.rewrap(rewrapped)).isSameAs(rewrapped);
  }

  @Test
  void aKeyWrappedForOneKindDoesNotOpenAsAnother() {
    Vault vault = unlocked("correct horse");
    WrappedKey field = vault.newDataKey(KeyKind.FIELD);
    WrappedKey relabelled = new WrappedKey(KeyKind.STREAM, field.kekId(), field.ciphertext());

    assertThatThrownBy(() -> vault.streamCipher(relabelled)).isInstanceOf(VaultException.class)
        .hasMessageContaining("does not open");
    assertThatThrownBy(() -> vault.signer(field)).isInstanceOf(VaultException.class)
        .hasMessageContaining("SIGNING key is needed");
  }

  @Test
  void anAlteredWrappedKeyDoesNotOpen() {
    Vault vault = unlocked("correct horse");
    byte[] wrapped = vault.newDataKey(KeyKind.FIELD).ciphertext();
    wrapped[wrapped.length / 2] ^= 1;

    assertThatThrownBy(() -> vault.fieldCipher(new WrappedKey(KeyKind.FIELD, "kek-1", wrapped)))
        .isInstanceOf(VaultException.class);
  }

  @Test
  void aFieldCiphertextIsBoundToItsContext() throws Exception {
    Vault vault = unlocked("correct horse");
    Aead cipher = vault.fieldCipher(vault.newDataKey(KeyKind.FIELD));
    byte[] ciphertext = cipher.encrypt(PHI, CONTEXT);

    assertThatThrownBy(() -> cipher.decrypt(ciphertext, "contact/43/name".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(java.security.GeneralSecurityException.class);
  }

  @Test
  void signaturesVerifyWithThePlainJdkEd25519() throws Exception {
    Vault vault = unlocked("correct horse");
    WrappedKey key = vault.newDataKey(KeyKind.SIGNING);
    byte[] message = "checkpoint 1000".getBytes(StandardCharsets.UTF_8);
    byte[] signature = vault.signer(key).sign(message);

    Signature jdk = Signature.getInstance("Ed25519");
    jdk.initVerify(Ed25519Keys.publicKey(vault.publicKey(key)));
    jdk.update(message);

    assertThat(signature).hasSize(64);
    assertThat(jdk.verify(signature)).isTrue();
  }

  @Test
  void aBlindIndexIsStableForOneKeyAndDiffersBetweenKeys() throws Exception {
    Vault vault = unlocked("correct horse");
    WrappedKey key = vault.newDataKey(KeyKind.BLIND_INDEX);
    byte[] phone = "+15551230001".getBytes(StandardCharsets.UTF_8);

    byte[] tag = vault.blindIndex(key).computeMac(phone);

    assertThat(unlocked("correct horse").blindIndex(key).computeMac(phone)).isEqualTo(tag);
    assertThat(vault.blindIndex(vault.newDataKey(KeyKind.BLIND_INDEX)).computeMac(phone)).isNotEqualTo(tag);
  }

  @Test
  void aStreamRoundTripsThroughTheStreamingCipher() throws Exception {
    Vault vault = unlocked("correct horse");
    WrappedKey key = vault.newDataKey(KeyKind.STREAM);
    byte[] recording = new byte[3 * 1024 * 1024 + 17];
    new java.util.Random(7).nextBytes(recording);
    byte[] header = "recording/9".getBytes(StandardCharsets.UTF_8);

    ByteArrayOutputStream sealed = new ByteArrayOutputStream();
    try (OutputStream out = vault.streamCipher(key).newEncryptingStream(sealed, header)) {
      out.write(recording);
    }
    byte[] opened;
    try (InputStream in = vault.streamCipher(key).newDecryptingStream(
        new java.io.ByteArrayInputStream(sealed.toByteArray()), header)) {
      opened = in.readAllBytes();
    }

    assertThat(opened).isEqualTo(recording);
  }

  private Vault unlocked(String password) {
    try {
      Files.writeString(secrets.resolve("vault-password"), password + "\n");
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    Vault vault = new Vault();
    vault.settings = settings(secrets);
    vault.unlock();
    return vault;
  }

  private static VaultSettings settings(Path secretsDir) {
    VaultSettings settings = new VaultSettings();
    settings.keystore = Optional.empty();
    settings.passwordFile = Optional.empty();
    settings.password = Optional.empty();
    settings.secretsDir = Optional.of(secretsDir.toString());
    return settings;
  }
}
