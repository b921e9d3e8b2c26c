package org.confidant.recordings.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditTrail;
import org.confidant.identity.Roles;
import org.confidant.recordings.domain.Recording;
import org.confidant.recordings.infrastructure.RecordingRows;
import org.confidant.vault.WrappedKey;

/** Registers a stored recording: its row with the wrapped data key, and the ingest's audit entry, in one transaction. */
@Stateless
public class RecordingCatalogue {

  @Inject RecordingRows rows;
  @EJB AuditTrail audit;

  @RolesAllowed(Roles.TELEPHONY)
  public void register(Recording recording, WrappedKey key) {
    rows.insert(recording, key);
    audit.record("recording.ingested", Recordings.RESOURCE_TYPE, recording.id().toString(), AuditOutcome.SUCCESS);
  }
}
