package org.confidant.recordings.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a purge run did: the recordings it purged, the expired ones legal holds kept, and how many it looked at
 * (resource ids only).
 */
public record PurgeReport(Instant ranAt, int examined, List<UUID> purged, List<UUID> heldBack) {

  public PurgeReport {
    purged = List.copyOf(purged);
    heldBack = List.copyOf(heldBack);
  }
}
