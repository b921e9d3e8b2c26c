package org.confidant.interactions.api;

import jakarta.ejb.Local;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The call log. Supervisors search and read every interaction; an agent reads and describes (disposition, notes,
 * links) only the calls they were offered. Every read and change is audited (ids only). Notes are decrypted only
 * for supervisors and the call's agents.
 */
@Local
public interface Interactions {

  /** Interactions offered in [from, to), newest first, optionally of one queue or one agent; without notes. */
  List<InteractionView> search(Instant from, Instant to, UUID queueId, UUID agentId, int page, int size);

  InteractionView interaction(UUID callId);

  InteractionView choose(UUID callId, DispositionChoice choice);

  NoteView addNote(UUID callId, NoteDraft note);

  InteractionView link(UUID callId, InteractionLinks links);
}
