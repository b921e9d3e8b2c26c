package org.confidant.recordings.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Whether a recording is purged now, and if not, why not. Checked in this order: a policy must govern it, it must
 * have expired, and no standing legal hold may be linked to it.
 *
 * @param expiry when the recording expires (null when no policy governs it)
 * @param holds the standing holds that keep an expired recording
 */
public record PurgeDecision(Outcome outcome, Instant expiry, List<UUID> holds) {

  /** The verdict. */
  public enum Outcome { PURGE, KEEP_NO_POLICY, KEEP_NOT_EXPIRED, KEEP_HELD }

  public PurgeDecision {
    holds = List.copyOf(holds);
  }

  public static PurgeDecision of(RecordingLinks links, Instant createdAt, RetentionSchedule schedule,
      Collection<LegalHold> holds, Instant now) {
    Instant expiry = schedule.expiry(links.queueId(), RecordType.RECORDING, createdAt).orElse(null);
    if (expiry == null) {
      return new PurgeDecision(Outcome.KEEP_NO_POLICY, null, List.of());
    }
    if (expiry.isAfter(now)) {
      return new PurgeDecision(Outcome.KEEP_NOT_EXPIRED, expiry, List.of());
    }
    List<UUID> blocking = holds.stream().filter(hold -> hold.blocks(links)).map(LegalHold::id).toList();
    return new PurgeDecision(blocking.isEmpty() ? Outcome.PURGE : Outcome.KEEP_HELD, expiry, blocking);
  }

  public boolean purge() {
    return outcome == Outcome.PURGE;
  }
}
