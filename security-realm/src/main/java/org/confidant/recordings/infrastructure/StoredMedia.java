package org.confidant.recordings.infrastructure;

import java.util.List;
import org.confidant.recordings.domain.PauseGap;

/** What was stored of an ingested stream: plaintext length and SHA-256 (hex), and where paused spans left holes. */
public record StoredMedia(long sizeBytes, String sha256, List<PauseGap> gaps) {

  public StoredMedia {
    gaps = List.copyOf(gaps);
  }
}
