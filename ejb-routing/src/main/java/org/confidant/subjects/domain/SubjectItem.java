package org.confidant.subjects.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.confidant.recordings.domain.HoldSubject;
import org.confidant.recordings.domain.RecordingLinks;

/**
 * One record of a data subject's, and what it is linked to — which decides the legal holds that keep it: every
 * record of theirs is linked to their contact; a case to itself; a note to its case; an interaction to its call and
 * case; a recording to everything its own links name.
 */
public record SubjectItem(Kind kind, UUID id, Set<HoldSubject> links) {

  /** The kinds of record a request finds. */
  public enum Kind { CONTACT, CASE, NOTE, INTERACTION, RECORDING }

  public SubjectItem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    links = Set.copyOf(links);
  }

  public static SubjectItem contact(UUID contactId) {
    return new SubjectItem(Kind.CONTACT, contactId, Set.of(contactHold(contactId)));
  }

  public static SubjectItem caseFile(UUID caseId, UUID contactId) {
    return new SubjectItem(Kind.CASE, caseId, linked(contactId, HoldSubject.Kind.CASE, caseId));
  }

  public static SubjectItem note(UUID noteId, UUID contactId, UUID caseId) {
    return new SubjectItem(Kind.NOTE, noteId, linked(contactId, HoldSubject.Kind.CASE, caseId));
  }

  public static SubjectItem interaction(UUID callId, UUID contactId, UUID caseId) {
    Set<HoldSubject> links = linked(contactId, HoldSubject.Kind.CALL, callId);
    add(links, HoldSubject.Kind.CASE, caseId);
    return new SubjectItem(Kind.INTERACTION, callId, links);
  }

  public static SubjectItem recording(UUID recordingId, UUID contactId, RecordingLinks recording) {
    Set<HoldSubject> links = linked(contactId, HoldSubject.Kind.CALL, recording.callId());
    add(links, HoldSubject.Kind.CONTACT, recording.contactId());
    add(links, HoldSubject.Kind.CASE, recording.caseId());
    add(links, HoldSubject.Kind.MATTER, recording.matterId());
    return new SubjectItem(Kind.RECORDING, recordingId, links);
  }

  /** How many of these records there are of each kind (every kind named, in order). */
  public static Map<String, Integer> countByKind(Collection<SubjectItem> items) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Kind kind : Kind.values()) {
      counts.put(kind.name(), (int) items.stream().filter(item -> item.kind() == kind).count());
    }
    return counts;
  }

  /** Whether the contact's data key seals this record (contact fields, case subjects, note texts). */
  public boolean sealedWithContactKey() {
    return kind == Kind.CONTACT || kind == Kind.CASE || kind == Kind.NOTE;
  }

  private static Set<HoldSubject> linked(UUID contactId, HoldSubject.Kind kind, UUID id) {
    Set<HoldSubject> links = new LinkedHashSet<>();
    links.add(contactHold(contactId));
    add(links, kind, id);
    return links;
  }

  private static void add(Set<HoldSubject> links, HoldSubject.Kind kind, UUID id) {
    if (id != null) {
      links.add(new HoldSubject(kind, id));
    }
  }

  private static HoldSubject contactHold(UUID contactId) {
    return new HoldSubject(HoldSubject.Kind.CONTACT, contactId);
  }
}
