package org.confidant.subjects.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.confidant.recordings.domain.HoldSubject;
import org.confidant.recordings.domain.LegalHold;
import org.confidant.subjects.domain.ErasurePlan;
import org.confidant.subjects.domain.ErasureRequest;
import org.confidant.subjects.domain.RequestReason;
import org.confidant.subjects.domain.SubjectItem;
import org.junit.jupiter.api.Test;

class ErasureReportsTest {

  private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");

  @Test
  void theReportNamesWhatWasErasedAndKeptWithTheHoldAndWhatEveryErasureRetains() {
    UUID contact = UUID.randomUUID();
    UUID heldCase = UUID.randomUUID();
    UUID recording = UUID.randomUUID();
    LegalHold hold = LegalHold.place(UUID.randomUUID(), new HoldSubject(HoldSubject.Kind.CASE, heldCase),
        "DOCKET 2026/17", "sam", AT);
    ErasurePlan plan = ErasurePlan.of(List.of(SubjectItem.contact(contact), SubjectItem.caseFile(heldCase, contact),
        SubjectItem.interaction(UUID.randomUUID(), contact, null)), List.of(hold));
    ErasureRequest approved = ErasureRequest.request(UUID.randomUUID(), contact,
        new RequestReason("Erasure request ER-88, identity checked"), "sam", AT).approve("alex", AT.plusSeconds(9));

    String report = new String(ErasureReports.render(approved, plan, List.of(hold), List.of(recording), "ab12"),
        StandardCharsets.UTF_8);

    JsonObject json = Json.createReader(new StringReader(report)).readObject();
    assertThat(json.getString("format")).isEqualTo(ErasureReports.FORMAT);
    assertThat(json.getString("approvedBy")).isEqualTo("alex");
    assertThat(json.getJsonArray("erased").getJsonObject(0).getString("kind")).isEqualTo("INTERACTION");
    JsonObject keptCase = json.getJsonArray("kept").getJsonObject(0);
    assertThat(keptCase.getString("id")).isEqualTo(heldCase.toString());
    assertThat(keptCase.getJsonArray("holds").getJsonObject(0).getString("reference")).isEqualTo("DOCKET 2026/17");
    assertThat(json.getJsonArray("kept").getJsonObject(1).getString("why"))
        .isEqualTo("KEY_SHARED_WITH_HELD_RECORD");
    assertThat(report).contains("\"what\":\"audit-trail\"", "Audit entries are never erased");
    assertThat(ErasureReports.counts(report)).isEqualTo(Map.of(
        "erased", Map.of("CONTACT", 0, "CASE", 0, "NOTE", 0, "INTERACTION", 1, "RECORDING", 0),
        "kept", Map.of("CONTACT", 1, "CASE", 1, "NOTE", 0, "INTERACTION", 0, "RECORDING", 0)));
  }
}
