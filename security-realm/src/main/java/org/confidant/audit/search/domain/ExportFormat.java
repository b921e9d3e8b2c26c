package org.confidant.audit.search.domain;

/** The forms an export takes. */
public enum ExportFormat {
  CSV("text/csv", "csv"),
  JSON("application/json", "json");

  private final String mediaType;
  private final String extension;

  ExportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }
}
