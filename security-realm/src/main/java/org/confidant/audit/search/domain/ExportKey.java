package org.confidant.audit.search.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The public half of the export signing key: raw (32 bytes), as PEM (X.509 SubjectPublicKeyInfo, what OpenSSL and
 * the JDK's {@code X509EncodedKeySpec} read), and its id — the first 16 hex digits of the raw key's SHA-256.
 */
public record ExportKey(byte[] raw) {

  /** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410): SEQUENCE { SEQUENCE { OID 1.3.101.112 }, BIT STRING }. */
  private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

  public ExportKey {
    if (raw.length != 32) {
      throw new IllegalArgumentException("an Ed25519 public key has 32 bytes");
    }
    raw = raw.clone();
  }

  public String id() {
    return sha256Hex(raw).substring(0, 16);
  }

  public byte[] x509() {
    byte[] der = new byte[SPKI_PREFIX.length + raw.length];
    System.arraycopy(SPKI_PREFIX, 0, der, 0, SPKI_PREFIX.length);
    System.arraycopy(raw, 0, der, SPKI_PREFIX.length, raw.length);
    return der;
  }

  public String pem() {
    return "-----BEGIN PUBLIC KEY-----\n" + Base64.getEncoder().encodeToString(x509()) + "\n-----END PUBLIC KEY-----\n";
  }

  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
