package org.confidant.recordings.application;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import org.confidant.recordings.domain.ByteRange;
import org.confidant.recordings.infrastructure.ExportPackage;

/** A recording's signed export package (access already checked and audited), written as a zip. */
public final class RecordingExport {

  private final String fileName;
  private final ExportPackage exportPackage;
  private final MediaStream media;
  private final String exportedBy;
  private final Instant exportedAt;

  RecordingExport(String fileName, ExportPackage exportPackage, MediaStream media, String exportedBy,
      Instant exportedAt) {
    this.fileName = fileName;
    this.exportPackage = exportPackage;
    this.media = media;
    this.exportedBy = exportedBy;
    this.exportedAt = exportedAt;
  }

  public String fileName() {
    return fileName;
  }

  public void writeTo(OutputStream out) throws IOException {
    exportPackage.writeTo(out, plaintext -> media.writeTo(ByteRange.whole(media.length()), plaintext), exportedBy,
        exportedAt);
  }
}
