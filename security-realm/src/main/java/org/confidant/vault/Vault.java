package org.confidant.vault;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Mac;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.signature.Ed25519PublicKey;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.util.List;

/**
 * The vault's one door: new data keys, and the Tink primitive a wrapped data key opens to. Every primitive is made
 * from the wrapped key on demand, so a destroyed key leaves nothing usable behind in memory caches.
 */
@ApplicationScoped
public class Vault {

  @Inject VaultSettings settings;

  private Envelope envelope;

  @PostConstruct
  void unlock() {
    envelope = new Envelope(KeyEncryptionKeys.openOrCreate(settings.keystore(), settings.password()));
  }

  public WrappedKey newDataKey(KeyKind kind) {
    return envelope.newDataKey(kind);
  }

  public Aead fieldCipher(WrappedKey key) {
    return primitive(key, KeyKind.FIELD, Aead.class);
  }

  public StreamingAead streamCipher(WrappedKey key) {
    return primitive(key, KeyKind.STREAM, StreamingAead.class);
  }

  public Mac blindIndex(WrappedKey key) {
    return primitive(key, KeyKind.BLIND_INDEX, Mac.class);
  }

  public PublicKeySign signer(WrappedKey key) {
    return primitive(key, KeyKind.SIGNING, PublicKeySign.class);
  }

  /** The raw 32-byte Ed25519 public key of a SIGNING key: what auditors and the JDK's "Ed25519" verify with. */
  public byte[] publicKey(WrappedKey signingKey) {
    try {
      Ed25519PublicKey key = (Ed25519PublicKey) publicKeyset(signingKey).getPrimary().getKey();
      return key.getPublicKeyBytes().toByteArray();
    } catch (GeneralSecurityException e) {
      throw new VaultException("no public key for a SIGNING key", e);
    }
  }

  /** The same data key under the current KEK: rotation rewraps keys, never the data they protect. */
  public WrappedKey rewrap(WrappedKey key) {
    return envelope.rewrap(key);
  }

  public String currentKekId() {
    return envelope.currentKekId();
  }

  List<String> kekIds() {
    return envelope.kekIds();
  }

  String addKek() {
    return envelope.addKek();
  }

  private KeysetHandle publicKeyset(WrappedKey key) throws GeneralSecurityException {
    requireKind(key, KeyKind.SIGNING);
    return envelope.open(key).getPublicKeysetHandle();
  }

  private <P> P primitive(WrappedKey key, KeyKind kind, Class<P> type) {
    requireKind(key, kind);
    try {
      return envelope.open(key).getPrimitive(RegistryConfiguration.get(), type);
    } catch (GeneralSecurityException e) {
      throw new VaultException("a " + kind + " data key gives no " + type.getSimpleName(), e);
    }
  }

  private static void requireKind(WrappedKey key, KeyKind kind) {
    if (key.kind() != kind) {
      throw new VaultException("a " + key.kind() + " key was given where a " + kind + " key is needed");
    }
  }
}
