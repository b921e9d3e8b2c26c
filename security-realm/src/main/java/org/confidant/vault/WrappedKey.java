package org.confidant.vault;

import java.util.Arrays;
import java.util.Objects;

/**
 * A data key as stored next to the data it protects: a Tink keyset encrypted by the key-encryption key
 * {@code kekId}. Store it as three columns ({@code key_kind text, kek_id text, wrapped_key bytea}); deleting it
 * makes its data unreadable for good.
 */
public record WrappedKey(KeyKind kind, String kekId, byte[] ciphertext) {

  public WrappedKey {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(kekId, "kekId");
    ciphertext = Objects.requireNonNull(ciphertext, "ciphertext").clone();
  }

  /** Reads the three stored columns back. */
  public static WrappedKey of(String kind, String kekId, byte[] ciphertext) {
    return new WrappedKey(KeyKind.valueOf(kind), kekId, ciphertext);
  }

  @Override
  public byte[] ciphertext() {
    return ciphertext.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WrappedKey key
        && kind == key.kind
        && kekId.equals(key.kekId)
        && Arrays.equals(ciphertext, key.ciphertext);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, kekId, Arrays.hashCode(ciphertext));
  }

  @Override
  public String toString() {
    return "WrappedKey[" + kind + " under " + kekId + "]";
  }
}
