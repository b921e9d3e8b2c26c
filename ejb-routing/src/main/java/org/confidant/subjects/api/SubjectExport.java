package org.confidant.subjects.api;

/** A data subject's export package (a zip), its file name and the SHA-256 (hex) its audit entry names. */
public record SubjectExport(String fileName, byte[] content, String sha256) {

  public SubjectExport {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
