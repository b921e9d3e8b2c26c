package org.confidant.recordings.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditTrail;
import org.confidant.identity.Roles;
import org.confidant.recordings.domain.LegalHold;
import org.confidant.recordings.domain.Recording;
import org.confidant.recordings.infrastructure.LegalHoldRows;
import org.confidant.recordings.infrastructure.RecordingRows;
import org.confidant.recordings.infrastructure.RecordingStorage;

/**
 * The recordings' part of a data-subject request (docs/data-subject-requests.md): which recordings concern a person,
 * and their erasure by the purge's own means — the wrapped key destroyed and the row left as a tombstone, audited as
 * {@code recording.erased}, in the erasure's transaction; the ciphertext file deleted after it committed. Whether a
 * legal hold keeps a recording is the erasure's decision, taken under {@link #lockStandingHolds()}.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class RecordingErasure {

  @Inject RecordingRows rows;
  @Inject LegalHoldRows holds;
  @Inject RecordingStorage storage;
  @EJB AuditTrail audit;

  /** Every recording linked to the contact, one of its cases or one of its calls, purged ones included. */
  public List<Recording> concerning(UUID contactId, Collection<UUID> caseIds, Collection<UUID> callIds) {
    return rows.concerning(contactId, caseIds, callIds);
  }

  /** The standing holds, with the holds' lock taken until the transaction ends: no hold is placed meanwhile. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public List<LegalHold> lockStandingHolds() {
    holds.lockHolds();
    return holds.standing();
  }

  /** Destroys the recording's key; answers false when it was purged already. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public boolean shred(UUID id, Instant at) {
    if (rows.lockedKey(id).isEmpty()) {
      return false;
    }
    rows.shred(id, at);
    audit.record("recording.erased", Recordings.RESOURCE_TYPE, id.toString(), AuditOutcome.SUCCESS);
    return true;
  }

  /** Deletes the ciphertext of a recording whose key is gone (after the erasure committed). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void deleteMedia(UUID id) {
    storage.files().delete(id);
  }
}
