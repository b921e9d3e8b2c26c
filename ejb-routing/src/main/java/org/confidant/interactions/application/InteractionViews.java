package org.confidant.interactions.application;

import java.time.Instant;
import java.util.List;
import org.confidant.interactions.api.InteractionView;
import org.confidant.interactions.api.NoteView;
import org.confidant.interactions.domain.Interaction;
import org.confidant.interactions.infrastructure.InteractionEntity;

/** An interaction row as clients and webhook subscribers see it. */
final class InteractionViews {

  private InteractionViews() {}

  static InteractionView of(InteractionEntity row, List<NoteView> notes, Instant now) {
    Interaction interaction = row.toInteraction();
    Interaction.Snapshot record = interaction.snapshot();
    Interaction.Milestones at = record.milestones();
    Interaction.Totals totals = record.totals();
    return new InteractionView(record.callId(), record.phase().name(), at.offeredAt(), at.ivrAt(), at.queuedAt(),
        at.ringingAt(), at.connectedAt(), at.transferredAt(), at.endedAt(), record.endCause(), record.abandoned(),
        record.transfers(), totals.queueMillis(), totals.ringMillis(), totals.talkMillis(), totals.holdMillis(),
        interaction.wrapUp(now).toMillis(), record.queues(),
        record.participants().stream().map(p -> new InteractionView.ParticipantView(p.agentId(), p.offeredAt(),
            p.answeredAt(), p.wrapUpStartedAt(), p.wrapUpEndedAt())).toList(),
        record.holds().stream().map(h -> new InteractionView.HoldView(h.startedAt(), h.endedAt())).toList(),
        row.dispositionCode(), row.contactId(), row.caseId(), notes);
  }
}
