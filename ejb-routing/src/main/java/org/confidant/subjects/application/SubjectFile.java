package org.confidant.subjects.application;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.confidant.cases.api.CaseView;
import org.confidant.cases.api.NoteView;
import org.confidant.contacts.api.ContactView;
import org.confidant.interactions.api.InteractionView;
import org.confidant.recordings.domain.Recording;
import org.confidant.subjects.domain.SubjectItem;

/**
 * Everything Confidant holds about one person, as gathered from the features that own it (contents decrypted or
 * left out, as the request needs).
 */
public record SubjectFile(UUID contactId, Optional<ContactView> contact, List<CaseView> cases, List<NoteView> notes,
    List<InteractionView> interactions, List<Recording> recordings) {

  public boolean isEmpty() {
    return contact.isEmpty() && cases.isEmpty() && notes.isEmpty() && interactions.isEmpty() && recordings.isEmpty();
  }

  /** Each record with its links, for the legal holds. */
  public List<SubjectItem> items() {
    List<SubjectItem> items = new ArrayList<>();
    contact.ifPresent(found -> items.add(SubjectItem.contact(contactId)));
    cases.forEach(found -> items.add(SubjectItem.caseFile(found.id(), contactId)));
    notes.forEach(note -> items.add(SubjectItem.note(note.id(), contactId, note.caseId())));
    interactions.forEach(found -> items.add(SubjectItem.interaction(found.callId(), contactId, found.caseId())));
    recordings.forEach(found -> items.add(SubjectItem.recording(found.id(), contactId, found.links())));
    return items;
  }

  /** The ids the audit trail may name these records by. */
  public Set<String> resourceIds() {
    Set<String> ids = new LinkedHashSet<>();
    ids.add(contactId.toString());
    cases.forEach(found -> ids.add(found.id().toString()));
    notes.forEach(note -> ids.add(note.id().toString()));
    interactions.forEach(found -> ids.add(found.callId().toString()));
    recordings.forEach(found -> ids.add(found.id().toString()));
    return ids;
  }

  public int interactionNotes() {
    return interactions.stream().mapToInt(found -> found.notes().size()).sum();
  }
}
