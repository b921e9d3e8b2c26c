package org.confidant.vault;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.signature.SignatureConfig;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import java.security.GeneralSecurityException;

/** Makes, wraps, unwraps and rewraps data keys (Tink keysets) under the key-encryption keys. */
final class Envelope {

  static {
    try {
      AeadConfig.register();
      StreamingAeadConfig.register();
      MacConfig.register();
      SignatureConfig.register();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final KeyEncryptionKeys keks;

  Envelope(KeyEncryptionKeys keks) {
    this.keks = keks;
  }

  WrappedKey newDataKey(KeyKind kind) {
    try {
      return wrap(KeysetHandle.generateNew(kind.parameters(), RegistryConfiguration.get()), kind);
    } catch (GeneralSecurityException e) {
      throw new VaultException("could not generate a " + kind + " data key", e);
    }
  }

  KeysetHandle open(WrappedKey key) {
    try {
      return TinkProtoKeysetFormat.parseEncryptedKeyset(
          key.ciphertext(), keks.kek(key.kekId()), key.kind().associatedData(), RegistryConfiguration.get());
    } catch (GeneralSecurityException e) {
      throw new VaultException("a " + key.kind() + " data key under " + key.kekId()
          + " does not open: altered, or wrapped for another kind", e);
    }
  }

  /** The same data key under the current KEK (itself if it already is). */
  WrappedKey rewrap(WrappedKey key) {
    return key.kekId().equals(keks.currentId()) ? key : wrap(open(key), key.kind());
  }

  String currentKekId() {
    return keks.currentId();
  }

  String addKek() {
    return keks.addKek();
  }

  java.util.List<String> kekIds() {
    return keks.ids();
  }

  private WrappedKey wrap(KeysetHandle keyset, KeyKind kind) {
    String kekId = keks.currentId();
    try {
      byte[] wrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(
          keyset, keks.kek(kekId), kind.associatedData(), RegistryConfiguration.get());
      return new WrappedKey(kind, kekId, wrapped);
    } catch (GeneralSecurityException e) {
      throw new VaultException("could not wrap a " + kind + " data key", e);
    }
  }
}
