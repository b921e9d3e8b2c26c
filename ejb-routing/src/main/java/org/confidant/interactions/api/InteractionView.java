package org.confidant.interactions.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One interaction as clients see it: first time in each phase, total time queued / ringing / talking / on hold /
 * in wrap-up (milliseconds), queues, participants, holds, transfers, how it ended, disposition, links and notes
 * (empty in search results; a note's text is null for roles that may not read it).
 */
public record InteractionView(UUID callId, String phase, Instant offeredAt, Instant ivrAt, Instant queuedAt,
    Instant ringingAt, Instant connectedAt, Instant transferredAt, Instant endedAt, String endCause, boolean abandoned,
    int transfers, long queueMillis, long ringMillis, long talkMillis, long holdMillis, long wrapUpMillis,
    List<UUID> queues, List<ParticipantView> participants, List<HoldView> holds, String dispositionCode,
    UUID contactId, UUID caseId, List<NoteView> notes) {

  /** An agent offered the call. */
  public record ParticipantView(UUID agentId, Instant offeredAt, Instant answeredAt, Instant wrapUpStartedAt,
      Instant wrapUpEndedAt) {}

  /** A span on hold (endedAt null while it lasts). */
  public record HoldView(Instant startedAt, Instant endedAt) {}
}
