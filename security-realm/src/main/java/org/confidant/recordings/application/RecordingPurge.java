package org.confidant.recordings.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditTrail;
import org.confidant.identity.Roles;
import org.confidant.recordings.domain.LegalHold;
import org.confidant.recordings.domain.PurgeDecision;
import org.confidant.recordings.domain.RetentionSchedule;
import org.confidant.recordings.infrastructure.LegalHoldRows;
import org.confidant.recordings.infrastructure.RecordingRows;
import org.confidant.recordings.infrastructure.RecordingStorage;
import org.confidant.recordings.infrastructure.RetentionPolicyRows;

/**
 * The purge: nightly (and when an admin asks), every recording past its retention that no legal hold keeps is
 * crypto-shredded — its wrapped key destroyed and the row marked purged, with its audit entry, in a transaction of
 * its own — and then its ciphertext file deleted. The scan itself holds no transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RecordingPurge {

  private static final Logger LOG = Logger.getLogger(RecordingPurge.class.getName());
  private static final int PAGE = 500;

  @Inject RecordingRows recordings;
  @Inject RetentionPolicyRows policies;
  @Inject LegalHoldRows holds;
  @Inject RecordingStorage storage;
  @EJB RecordingShredder shredder;
  @EJB AuditTrail audit;

  @RolesAllowed(Roles.ADMIN)
  public PurgeReport purgeNow() {
    return purge();
  }

  @Schedule(hour = "2", minute = "30", persistent = false, info = "purge recordings past their retention")
  void nightly() {
    PurgeReport report = purge();
    LOG.info(() -> "Recording purge: " + report.examined() + " examined, " + report.purged().size() + " purged, "
        + report.heldBack().size() + " kept by legal holds");
  }

  private PurgeReport purge() {
    Instant now = Instant.now();
    RetentionSchedule schedule = new RetentionSchedule(policies.all());
    List<LegalHold> standing = holds.standing();
    List<UUID> purged = new ArrayList<>();
    List<UUID> heldBack = new ArrayList<>();
    int examined = 0;
    Instant afterCreated = Instant.EPOCH;
    UUID afterId = new UUID(0, 0); // below every id as PostgreSQL orders uuids
    for (List<RecordingRows.Candidate> page = recordings.notPurgedAfter(afterCreated, afterId, PAGE);
        !page.isEmpty(); page = recordings.notPurgedAfter(afterCreated, afterId, PAGE)) {
      for (RecordingRows.Candidate candidate : page) {
        examined++;
        PurgeDecision decision = PurgeDecision.of(candidate.links(), candidate.createdAt(), schedule, standing, now);
        if (decision.outcome() == PurgeDecision.Outcome.KEEP_HELD) {
          heldBack.add(candidate.id());
        } else if (decision.purge() && shredder.shred(candidate, schedule, now)) {
          storage.files().delete(candidate.id());
          purged.add(candidate.id());
        }
      }
      RecordingRows.Candidate last = page.get(page.size() - 1);
      afterCreated = last.createdAt();
      afterId = last.id();
    }
    audit.record("recording.purge-run", "recording-purge", null, AuditOutcome.SUCCESS);
    return new PurgeReport(now, examined, purged, heldBack);
  }
}
