package org.confidant.recordings.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * What a recording is linked to, which decides the holds and the retention policy that apply to it: its call
 * (always), the contact, case and matter it concerns (when known), and the queue it came through.
 */
public record RecordingLinks(UUID callId, UUID contactId, UUID caseId, UUID matterId, UUID queueId) {

  public RecordingLinks {
    Objects.requireNonNull(callId, "callId");
  }

  public boolean linkedTo(HoldSubject subject) {
    UUID linked = switch (subject.kind()) {
      case CALL -> callId;
      case CONTACT -> contactId;
      case CASE -> caseId;
      case MATTER -> matterId;
    };
    return subject.id().equals(linked);
  }
}
