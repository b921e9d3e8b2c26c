package org.confidant.interactions.application;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.confidant.interactions.api.NoteView;
import org.confidant.interactions.infrastructure.InteractionEntity;
import org.confidant.interactions.infrastructure.InteractionNoteEntity;
import org.confidant.vault.FieldAddress;
import org.confidant.vault.FieldSeal;
import org.confidant.vault.Vault;
import org.confidant.vault.WrappedKey;

/**
 * An interaction's notes as stored: sealed with the interaction's own key, each at its own address. Texts are only
 * for readers already allowed them: the call's agents and supervisors (the call log), an agent the call is being
 * offered to (the screen pop), a data-subject export.
 */
public final class InteractionNotes {

  private InteractionNotes() {}

  /** The notes, oldest first; their texts decrypted when asked for (only for callers who may read them). */
  public static List<NoteView> of(EntityManager entityManager, Vault vault, InteractionEntity row, boolean withText) {
    Optional<WrappedKey> key = row.notesKey();
    if (key.isEmpty()) {
      return List.of();
    }
    FieldSeal seal = withText ? new FieldSeal(vault.fieldCipher(key.get())) : null;
    return entityManager.createQuery("select n from InteractionNoteEntity n where n.callId = :call"
            + " order by n.writtenAt", InteractionNoteEntity.class)
        .setParameter("call", row.callId()).getResultStream()
        .map(note -> new NoteView(note.id(), note.author(), note.writtenAt(),
            seal == null ? null : seal.open(textOf(note.id()), note.ciphertext())))
        .toList();
  }

  /** Where a note's text is sealed: its ciphertext opens only as this note's text. */
  static FieldAddress textOf(UUID noteId) {
    return new FieldAddress("interaction_note", "ciphertext", noteId);
  }
}
