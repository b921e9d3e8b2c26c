package org.confidant.audit.domain;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/** Ed25519 with nothing but the JDK: raw 32-byte public keys, their PEM form, and verification. */
public final class Ed25519Keys {

  /** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410), followed by the 32 raw key bytes. */
  private static final byte[] X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};
  public static final int RAW_LENGTH = 32;
  public static final int SIGNATURE_LENGTH = 64;

  private Ed25519Keys() {}

  public static PublicKey publicKey(byte[] raw) {
    if (raw.length != RAW_LENGTH) {
      throw new IllegalArgumentException("an Ed25519 public key has 32 bytes");
    }
    try {
      return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509(raw)));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not an Ed25519 public key", e);
    }
  }

  /** The key as a PEM "PUBLIC KEY" block (what {@code openssl pkey -pubin} reads). */
  public static String pem(byte[] raw) {
    return "-----BEGIN PUBLIC KEY-----\n" + Base64.getEncoder().encodeToString(x509(raw))
        + "\n-----END PUBLIC KEY-----\n";
  }

  /** Reads a key given as PEM, as base64 of the 32 raw bytes, or as base64 of the DER SubjectPublicKeyInfo. */
  public static byte[] parse(String text) {
    String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    byte[] bytes = Base64.getDecoder().decode(base64);
    if (bytes.length == X509_PREFIX.length + RAW_LENGTH
        && Arrays.equals(Arrays.copyOf(bytes, X509_PREFIX.length), X509_PREFIX)) {
      return Arrays.copyOfRange(bytes, X509_PREFIX.length, bytes.length);
    }
    if (bytes.length != RAW_LENGTH) {
      throw new IllegalArgumentException("not an Ed25519 public key (PEM, or base64 of 32 raw bytes)");
    }
    return bytes;
  }

  public static boolean verifies(PublicKey key, byte[] message, byte[] signature) {
    try {
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(key);
      verifier.update(message);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static byte[] x509(byte[] raw) {
    byte[] der = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + raw.length);
    System.arraycopy(raw, 0, der, X509_PREFIX.length, raw.length);
    return der;
  }
}
