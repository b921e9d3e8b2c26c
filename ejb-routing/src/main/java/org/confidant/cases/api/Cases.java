package org.confidant.cases.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.UUID;

/**
 * Cases and notes. Each needs access to its contact, as {@link org.confidant.contacts.api.Contacts} grants it:
 * routine, or on a stated break-glass {@code reason} (null when none is stated). Every read and change is audited.
 */
@Local
public interface Cases {

  CaseView open(CaseDraft draft, String reason);

  CaseView caseFile(UUID id, String reason);

  List<CaseView> ofContact(UUID contactId, String reason);

  CaseView change(UUID id, CaseChange change);

  NoteView addNote(UUID contactId, NoteDraft draft, String reason);

  /** The contact's notes, on it and on its cases, oldest first. */
  List<NoteView> notes(UUID contactId, String reason);
}
