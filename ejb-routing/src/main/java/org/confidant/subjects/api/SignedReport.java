package org.confidant.subjects.api;

/**
 * An erasure report as it was signed: the JSON's exact bytes, the raw 64-byte Ed25519 signature over them, and the
 * SHA-256 (hex) of the public key that verifies it (the export-signing key).
 */
public record SignedReport(byte[] content, byte[] signature, String publicKeySha256) {

  public SignedReport {
    content = content.clone();
    signature = signature.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public byte[] signature() {
    return signature.clone();
  }
}
