package org.confidant.recordings.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A recording's metadata: what it is linked to, who took part (as the telephony system names parties: extensions,
 * agent usernames — not phone numbers), its format, the length and SHA-256 of the stored plaintext (chain of
 * custody), the holes left by paused spans, and when it was purged (its key destroyed) if it was.
 */
public record Recording(
    UUID id,
    RecordingLinks links,
    List<String> parties,
    String mediaType,
    Long durationMillis,
    long sizeBytes,
    String sha256,
    List<PauseGap> gaps,
    Instant createdAt,
    Instant purgedAt) {

  public Recording {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(links, "links");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(sha256, "sha256");
    parties = List.copyOf(parties);
    gaps = List.copyOf(gaps);
  }

  public boolean purged() {
    return purgedAt != null;
  }
}
