package org.confidant.vault;

import com.google.crypto.tink.Aead;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/** Seals text fields with one record's AEAD key, each bound to its {@link FieldAddress}. Null stays null. */
public final class FieldSeal {

  private final Aead aead;

  public FieldSeal(Aead aead) {
    this.aead = aead;
  }

  public byte[] seal(FieldAddress where, String plaintext) {
    if (plaintext == null) {
      return null;
    }
    try {
      return aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), where.associatedData());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not seal " + where.table() + "." + where.column(), e);
    }
  }

  /** The plaintext; {@link UnreadableField} when the ciphertext is not this record's for this place. */
  public String open(FieldAddress where, byte[] ciphertext) {
    if (ciphertext == null) {
      return null;
    }
    try {
      return new String(aead.decrypt(ciphertext, where.associatedData()), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new UnreadableField(where);
    }
  }
}
