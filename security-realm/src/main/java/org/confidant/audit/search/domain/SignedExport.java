package org.confidant.audit.search.domain;

/**
 * An export as it leaves the server: the file's bytes, an Ed25519 signature over exactly those bytes, the id of the
 * key that signed (see {@link ExportKey#id()}) and the file's SHA-256 (hex), which the trail records for the export.
 */
public record SignedExport(byte[] content, ExportFormat format, byte[] signature, String keyId, String sha256) {

  public String fileName() {
    return "audit-export-" + sha256.substring(0, 12) + "." + format.extension();
  }
}
