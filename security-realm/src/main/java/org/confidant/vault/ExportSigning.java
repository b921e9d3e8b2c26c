package org.confidant.vault;

import com.google.crypto.tink.PublicKeySign;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import org.confidant.audit.domain.Ed25519Keys;
import org.confidant.audit.search.domain.ExportKey;

/**
 * The deployment's key for signing export packages (a recording's export, a data subject's export and erasure
 * report): the system key {@value #KEY} (Ed25519, kept wrapped by the vault). Signatures are plain 64-byte RFC 8032
 * signatures, as OpenSSL and the JDK verify them.
 */
@ApplicationScoped
public class ExportSigning {

  /** The system key's name. */
  public static final String KEY = "export-signing";

  @Inject Vault vault;

  @Inject SystemKeys systemKeys;

  public PublicKeySign signer() {
    return vault.signer(key());
  }

  /** The raw 32-byte public key. */
  public byte[] publicKey() {
    return vault.publicKey(key());
  }

  /** The public key as PEM (SubjectPublicKeyInfo). */
  public String publicKeyPem() {
    return Ed25519Keys.pem(publicKey());
  }

  /** The SHA-256 (hex) of the raw public key, which manifests name to say which key signed them. */
  public String publicKeySha256() {
    return ExportKey.sha256Hex(publicKey());
  }

  /**
   * The raw 64-byte Ed25519 signature of a message: a Tink key with an output prefix puts five bytes (its key id)
   * before it, which are not part of the signature of the message.
   */
  public static byte[] rawSignature(PublicKeySign signer, byte[] message) throws GeneralSecurityException {
    byte[] signature = signer.sign(message);
    return Arrays.copyOfRange(signature, signature.length - Ed25519Keys.SIGNATURE_LENGTH, signature.length);
  }

  private WrappedKey key() {
    return systemKeys.named(KEY, KeyKind.SIGNING);
  }
}
