package org.confidant.interactions.application;

import com.google.crypto.tink.Aead;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;
import org.confidant.vault.VaultException;

/**
 * Seals and opens a field with the vault's AEAD. The associated data binds a ciphertext to the ids of the row it
 * belongs to, so a ciphertext copied onto another row does not open.
 */
final class FieldSeal {

  private FieldSeal() {}

  static byte[] seal(Aead aead, String text, UUID... owners) {
    try {
      return aead.encrypt(text.getBytes(StandardCharsets.UTF_8), associated(owners));
    } catch (GeneralSecurityException e) {
      throw new VaultException("could not encrypt a field", e);
    }
  }

  static String open(Aead aead, byte[] ciphertext, UUID... owners) {
    try {
      return new String(aead.decrypt(ciphertext, associated(owners)), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new VaultException("could not decrypt a field", e);
    }
  }

  private static byte[] associated(UUID... owners) {
    ByteBuffer bytes = ByteBuffer.allocate(16 * owners.length);
    for (UUID owner : owners) {
      bytes.putLong(owner.getMostSignificantBits()).putLong(owner.getLeastSignificantBits());
    }
    return bytes.array();
  }
}
