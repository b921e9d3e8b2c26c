package org.confidant.recordings.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditTrail;
import org.confidant.recordings.domain.PurgeDecision;
import org.confidant.recordings.domain.RetentionSchedule;
import org.confidant.recordings.infrastructure.LegalHoldRows;
import org.confidant.recordings.infrastructure.RecordingRows;

/**
 * Destroys one recording's key, in a transaction of its own, after deciding again under the holds' lock: a hold
 * placed since the purge's scan began is seen here. {@code @PermitAll} because the nightly purge runs without a
 * caller; the decision, not the caller, is what allows a purge.
 */
@Stateless
@PermitAll
public class RecordingShredder {

  @Inject RecordingRows recordings;
  @Inject LegalHoldRows holds;
  @EJB AuditTrail audit;

  /** Answers whether the key was destroyed (false when a hold arrived or someone else purged it first). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean shred(RecordingRows.Candidate candidate, RetentionSchedule schedule, Instant now) {
    holds.lockHolds();
    PurgeDecision decision =
        PurgeDecision.of(candidate.links(), candidate.createdAt(), schedule, holds.standing(), now);
    if (!decision.purge() || recordings.lockedKey(candidate.id()).isEmpty()) {
      return false;
    }
    recordings.shred(candidate.id(), now);
    audit.record("recording.purged", Recordings.RESOURCE_TYPE, candidate.id().toString(), AuditOutcome.SUCCESS);
    return true;
  }
}
