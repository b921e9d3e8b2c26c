package org.confidant.audit.search.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.confidant.audit.domain.Ed25519Keys;

/**
 * The public half of the export signing key: raw (32 bytes), as PEM (what OpenSSL and the JDK read), and its id —
 * the first 16 hex digits of the raw key's SHA-256, sent with every export to name the key that signed it.
 */
public record ExportKey(byte[] raw) {

  public ExportKey {
    if (raw.length != Ed25519Keys.RAW_LENGTH) {
      throw new IllegalArgumentException("an Ed25519 public key has 32 bytes");
    }
    raw = raw.clone();
  }

  public String id() {
    return sha256Hex(raw).substring(0, 16);
  }

  public String pem() {
    return Ed25519Keys.pem(raw);
  }

  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
