package org.confidant.subjects.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.confidant.recordings.domain.LegalHold;
import org.confidant.subjects.domain.ErasurePlan;
import org.confidant.subjects.domain.ErasureRequest;
import org.confidant.subjects.domain.SubjectItem;

/**
 * The erasure report (format {@value #FORMAT}): what was erased and how, what was kept and why (with the holds that
 * keep it), and what every erasure retains by design — the audit trail first. Ids only, never a value.
 */
final class ErasureReports {

  static final String FORMAT = "confidant-erasure-report/1";

  private static final Map<SubjectItem.Kind, String> HOW = Map.of(
      SubjectItem.Kind.CONTACT, "row deleted: its data key, every sealed field (name, birth date, email, phone"
          + " numbers, record numbers, custom fields) and its blind-index entries",
      SubjectItem.Kind.CASE, "row deleted (its subject was sealed with the contact's key)",
      SubjectItem.Kind.NOTE, "row deleted (its text was sealed with the contact's key)",
      SubjectItem.Kind.INTERACTION, "de-identified: its notes' key destroyed and their ciphertext deleted, the link"
          + " to the contact and case removed, the caller's number forgotten unless a callback is pending; times,"
          + " queues, agents and disposition kept for statistics",
      SubjectItem.Kind.RECORDING, "crypto-shredded: its data key destroyed and its ciphertext file deleted; a"
          + " tombstone (ids, size, SHA-256, times) stays for the chain of custody");
  private static final String ALREADY_PURGED = "purged before this erasure (its key was destroyed already)";

  private static final List<String[]> RETAINED = List.of(
      new String[] {"audit-trail", "Audit entries are never erased: they name records by id only, never a value;"
          + " the trail is append-only and hash-chained, and shows who accessed this person's records and that this"
          + " erasure happened."},
      new String[] {"break-glass-records", "Who opened the record by breaking the glass, when, and the reason they"
          + " stated (which may hold no clinical detail) is kept with the audit trail as the accountability of"
          + " access."},
      new String[] {"interaction-statistics", "De-identified interactions keep their times, durations, queues,"
          + " agents and disposition codes, linked to no one: reports and service levels stay true."},
      new String[] {"erasure-request", "This request (its reason, who asked and who approved) and this signed report"
          + " are kept: they prove the erasure."},
      new String[] {"backups", "Database backups made before this erasure still hold the deleted rows until they"
          + " expire; keep backups no longer than the shortest retention period."});

  private ErasureReports() {}

  static byte[] render(ErasureRequest request, ErasurePlan plan, Collection<LegalHold> holds,
      Collection<UUID> alreadyPurged, String publicKeySha256) {
    JsonArrayBuilder erased = Json.createArrayBuilder();
    for (SubjectItem item : plan.erased()) {
      erased.add(item(item).add("how", alreadyPurged.contains(item.id()) ? ALREADY_PURGED : HOW.get(item.kind())));
    }
    JsonArrayBuilder kept = Json.createArrayBuilder();
    for (ErasurePlan.Kept keep : plan.kept()) {
      JsonArrayBuilder keptBy = Json.createArrayBuilder();
      keep.holds().forEach(id -> keptBy.add(id.toString()));
      kept.add(item(keep.item()).add("why", keep.why().name()).add("keptBy", keptBy)
          .add("holds", holdsNamed(keep, holds)));
    }
    JsonArrayBuilder retained = Json.createArrayBuilder();
    RETAINED.forEach(line -> retained.add(Json.createObjectBuilder().add("what", line[0]).add("why", line[1])));
    return Json.createObjectBuilder()
        .add("format", FORMAT)
        .add("erasureId", request.id().toString())
        .add("contactId", request.contactId().toString())
        .add("reason", request.reason().text())
        .add("requestedBy", request.requestedBy())
        .add("requestedAt", request.requestedAt().toString())
        .add("approvedBy", request.approvedBy())
        .add("carriedOutAt", request.approvedAt().toString())
        .add("erased", erased)
        .add("kept", kept)
        .add("counts", Json.createObjectBuilder()
            .add("erased", counts(plan.erased()))
            .add("kept", counts(plan.kept().stream().map(ErasurePlan.Kept::item).toList())))
        .add("retained", retained)
        .add("signature", Json.createObjectBuilder().add("algorithm", "Ed25519")
            .add("publicKeySha256", publicKeySha256))
        .build().toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The report's counts of erased and kept records per kind. */
  static Map<String, Map<String, Integer>> counts(String report) {
    JsonObject counts = Json.createReader(new StringReader(report)).readObject().getJsonObject("counts");
    Map<String, Map<String, Integer>> byVerdict = new LinkedHashMap<>();
    for (String verdict : List.of("erased", "kept")) {
      Map<String, Integer> byKind = new LinkedHashMap<>();
      counts.getJsonObject(verdict).forEach((kind, count) -> byKind.put(kind, Integer.parseInt(count.toString())));
      byVerdict.put(verdict, byKind);
    }
    return byVerdict;
  }

  private static JsonObjectBuilder item(SubjectItem item) {
    return Json.createObjectBuilder().add("kind", item.kind().name()).add("id", item.id().toString());
  }

  private static JsonArrayBuilder holdsNamed(ErasurePlan.Kept keep, Collection<LegalHold> holds) {
    JsonArrayBuilder named = Json.createArrayBuilder();
    holds.stream().filter(hold -> keep.holds().contains(hold.id())).forEach(hold -> {
      JsonObjectBuilder described = Json.createObjectBuilder().add("id", hold.id().toString())
          .add("subjectType", hold.subject().kind().name()).add("subjectId", hold.subject().id().toString())
          .add("placedBy", hold.placedBy()).add("placedAt", hold.placedAt().toString());
      if (hold.reference() != null) {
        described.add("reference", hold.reference());
      }
      named.add(described);
    });
    return named;
  }

  private static JsonObjectBuilder counts(List<SubjectItem> items) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    SubjectItem.countByKind(items).forEach(json::add);
    return json;
  }
}
