package org.confidant.audit.domain;

import java.time.Instant;

/**
 * The outcome of walking the chain: {@code INTACT} or {@code BROKEN} with the first finding; how many entries and
 * checkpoints verified; the last verified entry; the last verified checkpoint; how many verified entries come after
 * it (chained, not yet signed); and how many committed entries the sealer has not chained yet.
 */
public record ChainVerification(Status status, long entriesVerified, long checkpointsVerified, long lastSequence,
    String lastHash, Long lastCheckpointSequence, Instant lastCheckpointAt, long unsignedEntries,
    long unsealedEntries, ChainFinding firstFailure) {

  /** Whether the whole chain verified. */
  public enum Status {
    INTACT, BROKEN
  }

  public boolean intact() {
    return status == Status.INTACT;
  }
}
