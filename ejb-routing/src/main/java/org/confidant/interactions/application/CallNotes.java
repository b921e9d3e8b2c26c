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
 * A call's notes, oldest first, decrypted with its interaction's notes key. Only for readers already allowed to read
 * them: the call's agents and supervisors (the call log), an agent the call is being offered to (the screen pop).
 */
public final class CallNotes {

  private CallNotes() {}

  public static List<NoteView> of(EntityManager entityManager, Vault vault, InteractionEntity row) {
    Optional<WrappedKey> key = row.notesKey();
    if (key.isEmpty()) {
      return List.of();
    }
    FieldSeal seal = new FieldSeal(vault.fieldCipher(key.get()));
    return entityManager.createQuery("select n from InteractionNoteEntity n where n.callId = :call"
            + " order by n.writtenAt", InteractionNoteEntity.class)
        .setParameter("call", row.callId()).getResultStream()
        .map(note -> new NoteView(note.id(), note.author(), note.writtenAt(),
            seal.open(noteText(note.id()), note.ciphertext())))
        .toList();
  }

  /** Where a note's text is sealed: its ciphertext opens only as this note's text. */
  static FieldAddress noteText(UUID noteId) {
    return new FieldAddress("interaction_note", "ciphertext", noteId);
  }
}
