package org.confidant.api.recordings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.confidant.recordings.domain.PauseGap;
import org.confidant.recordings.domain.Recording;

/** A recording's metadata as the API shows it. */
public record RecordingView(
    UUID id,
    UUID callId,
    UUID contactId,
    UUID caseId,
    UUID matterId,
    UUID queueId,
    List<String> parties,
    String mediaType,
    Long durationMillis,
    long sizeBytes,
    String sha256,
    List<Gap> pausedGaps,
    Instant createdAt,
    Instant purgedAt) {

  /** A hole a paused span left: at {@code storedOffset} of the recording, {@code lengthBytes} source bytes. */
  public record Gap(long storedOffset, long sourceOffset, long lengthBytes) {}

  static RecordingView of(Recording recording) {
    return new RecordingView(recording.id(), recording.links().callId(), recording.links().contactId(),
        recording.links().caseId(), recording.links().matterId(), recording.links().queueId(), recording.parties(),
        recording.mediaType(), recording.durationMillis(), recording.sizeBytes(), recording.sha256(),
        recording.gaps().stream().map(RecordingView::gap).toList(), recording.createdAt(), recording.purgedAt());
  }

  private static Gap gap(PauseGap gap) {
    return new Gap(gap.storedOffset(), gap.sourceOffset(), gap.length());
  }
}
