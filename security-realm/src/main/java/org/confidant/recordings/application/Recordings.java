package org.confidant.recordings.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditTrail;
import org.confidant.identity.Roles;
import org.confidant.recordings.domain.PauseFilter;
import org.confidant.recordings.domain.Recording;
import org.confidant.recordings.domain.RecordingIntake;
import org.confidant.recordings.infrastructure.EncryptedMediaFiles;
import org.confidant.recordings.infrastructure.ExportPackage;
import org.confidant.recordings.infrastructure.RecordingRows;
import org.confidant.recordings.infrastructure.RecordingStorage;
import org.confidant.recordings.infrastructure.StoredMedia;
import org.confidant.vault.KeyKind;
import org.confidant.vault.ExportSigning;
import org.confidant.vault.Vault;
import org.confidant.vault.WrappedKey;

/**
 * Recordings: ingest (telephony systems), metadata, playback and export (supervisors; auditors see metadata only).
 * Every one of these is audited with the recording's (or the call's) id.
 */
@Stateless
public class Recordings {

  static final String RESOURCE_TYPE = "recording";

  @Inject Vault vault;
  @Inject ExportSigning exportSigning;
  @Inject RecordingStorage storage;
  @Inject RecordingRows rows;
  @EJB RecordingCatalogue catalogue;
  @EJB AuditTrail audit;
  @Resource SessionContext session;

  /**
   * Streams the media to its encrypted file, then records its row and audit entry in a transaction of their own: a
   * multi-gigabyte upload must not hold a transaction open (or time it out) while it streams.
   */
  @RolesAllowed(Roles.TELEPHONY)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Recording ingest(RecordingIntake intake, InputStream media) {
    PauseFilter pauses = intake.pauseFilter();
    UUID id = UUID.randomUUID();
    WrappedKey key = vault.newDataKey(KeyKind.STREAM);
    EncryptedMediaFiles files = storage.files();
    StoredMedia stored;
    try {
      stored = files.store(id, vault.streamCipher(key), media, pauses);
    } catch (IOException e) {
      throw new UncheckedIOException("recording " + id + " could not be stored", e);
    }
    Recording recording = new Recording(id, intake.links(), intake.parties(), intake.mediaType(),
        intake.durationMillis(), stored.sizeBytes(), stored.sha256(), stored.gaps(), Instant.now(), null);
    try {
      if (stored.sizeBytes() == 0) {
        throw new EmptyRecording();
      }
      catalogue.register(recording, key);
      return recording;
    } catch (RuntimeException e) {
      files.delete(id); // no row, no key: the file would be unreadable and unaccounted for
      throw e;
    }
  }

  @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR})
  public List<Recording> ofCall(UUID callId) {
    audit.record("recording.listed", "call", callId.toString(), AuditOutcome.SUCCESS);
    return rows.ofCall(callId);
  }

  @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR})
  public Recording metadata(UUID id) {
    Recording recording = existing("recording.viewed", id);
    audit.record("recording.viewed", RESOURCE_TYPE, id.toString(), AuditOutcome.SUCCESS);
    return recording;
  }

  /** Opens a recording for playback; the range to answer is the edge's (HTTP's) business. */
  @RolesAllowed(Roles.SUPERVISOR)
  public MediaStream play(UUID id) {
    MediaStream media = openForReading("recording.played", id);
    audit.record("recording.played", RESOURCE_TYPE, id.toString(), AuditOutcome.SUCCESS);
    return media;
  }

  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public RecordingExport export(UUID id) {
    MediaStream media = openForReading("recording.exported", id);
    ExportPackage exportPackage =
        new ExportPackage(media.recording(), exportSigning.signer(), exportSigning.publicKey());
    audit.record("recording.exported", RESOURCE_TYPE, id.toString(), AuditOutcome.SUCCESS);
    return new RecordingExport("recording-" + id + ".zip", exportPackage, media,
        session.getCallerPrincipal().getName(), Instant.now());
  }

  /** The public key that verifies export manifests, as PEM (SubjectPublicKeyInfo). */
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.AUDITOR})
  public String exportSigningKey() {
    return exportSigning.publicKeyPem();
  }

  private MediaStream openForReading(String action, UUID id) {
    Recording recording = existing(action, id);
    WrappedKey key = rows.key(id).orElse(null);
    if (recording.purged() || key == null) {
      audit.record(action, RESOURCE_TYPE, id.toString(), AuditOutcome.FAILED);
      throw new RecordingPurged();
    }
    return new MediaStream(recording, vault.streamCipher(key), storage.files());
  }

  private Recording existing(String action, UUID id) {
    return rows.find(id).orElseThrow(() -> {
      audit.record(action, RESOURCE_TYPE, id.toString(), AuditOutcome.FAILED);
      return new UnknownRecording();
    });
  }
}
