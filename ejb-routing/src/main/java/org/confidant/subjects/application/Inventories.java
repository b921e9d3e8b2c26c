package org.confidant.subjects.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.confidant.audit.search.domain.AuditRecord;
import org.confidant.contacts.api.ContactView;
import org.confidant.recordings.domain.HoldSubject;
import org.confidant.recordings.domain.LegalHold;
import org.confidant.subjects.api.SubjectHolding;
import org.confidant.subjects.api.SubjectInventory;
import org.confidant.subjects.domain.ErasurePlan;
import org.confidant.subjects.domain.SubjectItem;

/** A person's inventory: each record by kind and id, what would keep it from an erasure, counts per kind. */
final class Inventories {

  private Inventories() {}

  static SubjectInventory of(SubjectFile file, Collection<LegalHold> standing, List<AuditRecord> accessLog) {
    List<SubjectItem> items = file.items();
    ErasurePlan plan = ErasurePlan.of(items, standing);
    Map<UUID, Instant> times = times(file);
    List<SubjectHolding> holdings = items.stream().map(item -> holding(item, file.contactId(), plan,
        times.get(item.id()))).toList();
    Set<HoldSubject> linked = items.stream().flatMap(item -> item.links().stream()).collect(Collectors.toSet());
    List<LegalHold> holds = standing.stream().filter(hold -> linked.contains(hold.subject())).toList();
    Optional<ContactView> contact = file.contact();
    Map<String, Integer> counts = SubjectItem.countByKind(items);
    counts.put("PHONE_NUMBER", contact.map(found -> found.phones().size()).orElse(0));
    counts.put("INTERACTION_NOTE", file.interactionNotes());
    counts.put("ACCESS_LOG_ENTRY", accessLog.size());
    counts.put("LEGAL_HOLD", holds.size());
    return new SubjectInventory(file.contactId(), contact.isPresent(), contact.map(Inventories::filled).orElse(List.of()),
        counts.get("PHONE_NUMBER"), contact.map(ContactView::organisationId).orElse(null), holdings, holds, accessLog,
        counts);
  }

  /** The names of the contact's fields that hold a value (never the values). */
  private static List<String> filled(ContactView contact) {
    List<String> fields = new ArrayList<>();
    fields.add("name");
    addIf(fields, "birthDate", contact.birthDate() != null);
    addIf(fields, "email", contact.email() != null);
    addIf(fields, "phones", !contact.phones().isEmpty());
    addIf(fields, "recordNumbers", !contact.recordNumbers().isEmpty());
    addIf(fields, "customFields", !contact.customFields().isEmpty());
    addIf(fields, "organisationId", contact.organisationId() != null);
    return fields;
  }

  private static void addIf(List<String> fields, String field, boolean filled) {
    if (filled) {
      fields.add(field);
    }
  }

  private static SubjectHolding holding(SubjectItem item, UUID contactId, ErasurePlan plan, Instant at) {
    List<String> links = item.links().stream()
        .filter(link -> !(link.kind() == HoldSubject.Kind.CONTACT && link.id().equals(contactId)))
        .filter(link -> !link.id().equals(item.id()))
        .map(link -> link.kind().name().toLowerCase(Locale.ROOT) + ":" + link.id()).sorted().toList();
    Optional<ErasurePlan.Kept> kept = plan.keeps(item.kind(), item.id());
    return new SubjectHolding(item.kind().name(), item.id(), at, links, kept.isEmpty(),
        kept.map(k -> k.why().name()).orElse(null), kept.map(ErasurePlan.Kept::holds).orElse(List.of()));
  }

  private static Map<UUID, Instant> times(SubjectFile file) {
    Map<UUID, Instant> times = new LinkedHashMap<>();
    file.cases().forEach(found -> times.put(found.id(), found.openedAt() == null ? null
        : found.openedAt().toInstant()));
    file.notes().forEach(note -> times.put(note.id(), note.writtenAt() == null ? null : note.writtenAt().toInstant()));
    file.interactions().forEach(found -> times.put(found.callId(), found.offeredAt()));
    file.recordings().forEach(found -> times.put(found.id(), found.createdAt()));
    return times;
  }
}
