package org.confidant.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.confidant.it.support.Database;
import org.confidant.it.support.Deployments;
import org.confidant.it.support.Http;
import org.confidant.it.support.Keycloak;
import org.confidant.it.support.SignedPackages;
import org.confidant.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data-subject requests against the real server and database: a patient with a case, notes, an interaction with a
 * note and a recording is found by phone number, inventoried (with who accessed the record), exported as a signed
 * package holding their decrypted records, and erased by a second person's approval — after which no table holds any
 * of their values, the interaction's timings stay without a link to them, the recording's key and file are gone, the
 * signed report verifies, and the audit trail records it all. A legal hold on one case keeps that case, its note and
 * the contact whose key seals them, and the report says so.
 */
@ExtendWith(ArquillianExtension.class)
class SubjectRequestsIT {

  private static final String APPOINTMENTS = "00000000-0000-4000-8000-000000000201";
  private static final String REASON = "{\"reason\": \"Subject request DSR-2026-117, identity checked at the desk\"}";

  private static String supervisor;
  private static String admin;
  private static String telephony;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.confidantEar();
  }

  @BeforeAll
  static void logIn() {
    supervisor = Keycloak.accessToken("demo.supervisor");
    admin = Keycloak.accessToken("demo.admin");
    telephony = Keycloak.telephonyToken();
  }

  @Test
  void aPersonIsFoundExportedAndErasedByASecondPersonAndNothingOfTheirsIsLeftInTheDatabase() throws Exception {
    Person person = Person.unique();
    String contact = register(person);
    String caseId = id(expect(201, Http.postJson(api("/cases"), "{\"contactId\": \"" + contact + "\", \"subject\": \""
        + person.caseSubject() + "\"}", supervisor)));
    expect(201, Http.postJson(api("/contacts/" + contact + "/notes"), "{\"text\": \"" + person.note()
        + "\", \"caseId\": \"" + caseId + "\"}", supervisor));
    UUID call = interactionWithNote(contact, person.callNote());
    String recording = record(call, contact);
    expect(200, Http.get(api("/contacts/" + contact), supervisor));

    JsonNode found = Http.json(expect(200, Http.get(api("/subject-requests/contacts?phone="
        + person.phoneWrittenAnotherWay()), admin)));
    assertThat(texts(found)).containsExactly(contact);
    JsonNode inventory = Http.json(expect(200, Http.get(api("/subject-requests/contacts/" + contact), admin)));
    JsonNode counts = inventory.get("counts");
    for (String kind : List.of("CONTACT", "CASE", "NOTE", "INTERACTION", "INTERACTION_NOTE", "RECORDING")) {
      assertThat(counts.get(kind).asInt()).as(kind).isEqualTo(1);
    }
    assertThat(texts(inventory.get("contactFields"))).contains("name", "birthDate", "phones", "recordNumbers");
    assertThat(inventory.toString()).as("an inventory holds no value").doesNotContain(person.name(), person.note());
    assertThat(inventory.get("accessLog").findValuesAsText("action")).contains("contact.read", "case.created",
        "interaction.note.added", "recording.ingested");

    assertThat(Http.postJson(api("/subject-requests/contacts/" + contact + "/export"), "{}", admin).statusCode())
        .as("an export states its reason").isEqualTo(400);
    Map<String, byte[]> export = exported(contact);
    assertThat(export).containsKeys("contact.json", "cases.json", "notes.json", "interactions.json",
        "recordings.json", "access-log.json", "manifest.json", "manifest.sig", "export-signing-key.pem");
    assertThat(text(export, "contact.json")).contains(person.name(), person.birthDate(), person.e164(), person.mrn());
    assertThat(text(export, "cases.json")).contains(person.caseSubject());
    assertThat(text(export, "notes.json")).contains(person.note());
    assertThat(text(export, "interactions.json")).contains(person.callNote(), call.toString());
    assertThat(text(export, "recordings.json")).contains(recording);
    assertThat(SignedPackages.verifies(SignedPackages.exportSigningKey(admin), export.get("manifest.json"),
        export.get("manifest.sig"))).as("the manifest's signature verifies").isTrue();
    assertThat(audit(contact)).contains("demo.admin subject-request.exported SUCCESS");

    String erasure = id(expect(201, Http.postJson(api("/subject-requests/contacts/" + contact + "/erasures"), REASON,
        supervisor)));
    HttpResponse<String> selfApproved = Http.postJson(approval(erasure), "", supervisor);
    assertThat(selfApproved.statusCode()).isEqualTo(403);
    assertThat(Http.json(selfApproved).get("type").asText()).endsWith("/second-person-required");
    JsonNode carriedOut = Http.json(expect(200, Http.postJson(approval(erasure), "", admin)));
    assertThat(carriedOut.get("state").asText()).isEqualTo("CARRIED_OUT");
    assertThat(carriedOut.get("erased").get("CONTACT").asInt()).isEqualTo(1);
    assertThat(carriedOut.get("kept").get("CASE").asInt()).isZero();
    assertThat(Http.postJson(approval(erasure), "", supervisor).statusCode()).as("once only").isEqualTo(409);

    JsonNode report = verifiedReport(erasure);
    assertThat(report.get("erased").findValuesAsText("id")).contains(contact, caseId, call.toString(), recording);
    assertThat(report.get("retained").findValuesAsText("what")).contains("audit-trail");

    assertThat(Database.scalar("SELECT count(*) FROM contact WHERE id = ?::uuid", contact)).isZero();
    assertThat(Database.scalar("SELECT count(*) FROM contact_case WHERE contact_id = ?::uuid", contact)).isZero();
    assertThat(Database.scalar("SELECT count(*) FROM contact_note WHERE contact_id = ?::uuid", contact)).isZero();
    assertThat(Database.scalar("SELECT count(*) FROM interaction WHERE call_id = ? AND contact_id IS NULL"
        + " AND wrapped_key IS NULL AND ended_at IS NOT NULL", call)).as("timings stay, de-identified").isEqualTo(1);
    assertThat(Database.scalar("SELECT count(*) FROM interaction_note WHERE call_id = ?", call)).isZero();
    assertThat(Database.scalar("SELECT count(*) FROM recording WHERE id = ?::uuid AND wrapped_key IS NULL"
        + " AND purged_at IS NOT NULL", recording)).as("the recording's key is destroyed").isEqualTo(1);
    assertThat(recordingFile(recording)).doesNotExist();
    assertNowhereInTheDatabase(person);
    assertThat(audit(contact)).contains("demo.supervisor subject-request.erasure-requested SUCCESS",
        "demo.admin subject-request.erased SUCCESS");
    assertThat(audit(erasure)).containsSubsequence("demo.supervisor subject-request.erasure-approved DENIED",
        "demo.admin subject-request.erasure-approved SUCCESS", "demo.supervisor subject-request.erasure-approved DENIED",
        "demo.supervisor subject-request.report-read SUCCESS");
    assertThat(audit(recording)).contains("demo.admin recording.erased SUCCESS");
    assertThat(Http.get(api("/contacts/" + contact), supervisor).statusCode()).isEqualTo(404);
  }

  @Test
  void aLegalHoldOnACaseKeepsItsNotesAndTheContactWhoseKeySealsThemAndTheReportSaysWhy() throws Exception {
    Person person = Person.unique();
    String contact = register(person);
    String heldCase = id(expect(201, Http.postJson(api("/cases"), "{\"contactId\": \"" + contact
        + "\", \"subject\": \"Held matter\"}", supervisor)));
    String otherCase = id(expect(201, Http.postJson(api("/cases"), "{\"contactId\": \"" + contact
        + "\", \"subject\": \"" + person.caseSubject() + "\"}", supervisor)));
    String heldNote = id(expect(201, Http.postJson(api("/contacts/" + contact + "/notes"),
        "{\"text\": \"Kept for the court\", \"caseId\": \"" + heldCase + "\"}", supervisor)));
    String looseNote = id(expect(201, Http.postJson(api("/contacts/" + contact + "/notes"),
        "{\"text\": \"" + person.note() + "\"}", supervisor)));
    String reference = "DOCKET " + UUID.randomUUID().toString().substring(0, 8);
    String hold = id(expect(201, Http.postJson(api("/legal-holds"), "{\"subjectType\": \"CASE\", \"subjectId\": \""
        + heldCase + "\", \"reference\": \"" + reference + "\"}", supervisor)));

    JsonNode inventory = Http.json(expect(200, Http.get(api("/subject-requests/contacts/" + contact), supervisor)));
    assertThat(inventory.get("holds").findValuesAsText("id")).contains(hold);
    JsonNode heldHolding = holding(inventory, heldCase);
    assertThat(heldHolding.get("erasable").asBoolean()).isFalse();
    assertThat(heldHolding.get("keptBecause").asText()).isEqualTo("LEGAL_HOLD");

    String erasure = id(expect(201, Http.postJson(api("/subject-requests/contacts/" + contact + "/erasures"), REASON,
        admin)));
    expect(200, Http.postJson(approval(erasure), "", supervisor));

    JsonNode report = verifiedReport(erasure);
    JsonNode keptCase = kept(report, heldCase);
    assertThat(keptCase.get("why").asText()).isEqualTo("LEGAL_HOLD");
    assertThat(keptCase.get("holds").get(0).get("reference").asText()).isEqualTo(reference);
    assertThat(kept(report, heldNote).get("why").asText()).isEqualTo("LEGAL_HOLD");
    assertThat(kept(report, contact).get("why").asText()).isEqualTo("KEY_SHARED_WITH_HELD_RECORD");
    assertThat(report.get("erased").findValuesAsText("id")).containsExactlyInAnyOrder(otherCase, looseNote);

    assertThat(Database.scalar("SELECT count(*) FROM contact WHERE id = ?::uuid", contact)).isEqualTo(1);
    assertThat(Database.column("SELECT id::text FROM contact_case WHERE contact_id = ?::uuid", contact))
        .containsExactly(heldCase);
    assertThat(Database.column("SELECT id::text FROM contact_note WHERE contact_id = ?::uuid", contact))
        .containsExactly(heldNote);
    JsonNode notes = Http.json(expect(200, Http.get(api("/contacts/" + contact + "/notes"), supervisor)));
    assertThat(notes.findValuesAsText("text")).as("what the hold keeps still opens").containsExactly(
        "Kept for the court");
  }

  // --------------------------------------------------------------------------------------------- helpers

  private static String register(Person person) {
    return id(expect(201, Http.postJson(api("/contacts"), person.json(), supervisor)));
  }

  /** A call through the appointments queue that the caller hung up on, linked to the contact, with a note. */
  private static UUID interactionWithNote(String contact, String note) {
    UUID call = UUID.randomUUID();
    Instant t0 = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    event(call, 1, t0, "OFFERED", null);
    event(call, 2, t0.plusSeconds(1), "QUEUED", APPOINTMENTS);
    event(call, 3, t0.plusSeconds(31), "ENDED", "CALLER_HUNG_UP");
    expect(200, Http.putJson(api("/interactions/" + call + "/links"), "{\"contactId\": \"" + contact + "\"}",
        supervisor));
    expect(201, Http.postJson(api("/interactions/" + call + "/notes"), "{\"text\": \"" + note + "\"}", supervisor));
    return call;
  }

  private static void event(UUID call, long sequence, Instant at, String type, String detail) {
    String body = "{\"callId\":\"" + call + "\",\"sequence\":" + sequence + ",\"occurredAt\":\"" + at
        + "\",\"type\":\"" + type + "\"" + (detail == null ? "" : ",\"detail\":\"" + detail + "\"") + "}";
    expect(200, Http.postJson(api("/telephony/events"), body, telephony));
  }

  private static String record(UUID call, String contact) {
    byte[] media = "RIFF....WAVEfmt a caller's voice".repeat(200).getBytes(StandardCharsets.US_ASCII);
    HttpResponse<String> ingested = Http.send(HttpRequest.newBuilder(api("/recordings?callId=" + call
            + "&contactId=" + contact)).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + telephony).header("Content-Type", "audio/wav")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(media))).build());
    String id = id(expect(201, ingested));
    assertThat(recordingFile(id)).exists();
    return id;
  }

  private static Map<String, byte[]> exported(String contact) throws Exception {
    HttpResponse<byte[]> export = Http.sendForBytes(HttpRequest.newBuilder(
            api("/subject-requests/contacts/" + contact + "/export"))
        .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(REASON)).build());
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValueAsLong("Content-Length")).hasValue(export.body().length);
    return SignedPackages.unzip(export.body());
  }

  /** The erasure report, after checking its signature with the server's export key. */
  private static JsonNode verifiedReport(String erasure) throws Exception {
    HttpResponse<byte[]> report = Http.sendForBytes(HttpRequest.newBuilder(
            api("/subject-requests/erasures/" + erasure + "/report"))
        .header("Authorization", "Bearer " + supervisor).GET().build());
    assertThat(report.statusCode()).isEqualTo(200);
    byte[] signature = Base64.getDecoder().decode(report.headers().firstValue("Confidant-Signature").orElseThrow());
    assertThat(SignedPackages.verifies(SignedPackages.exportSigningKey(supervisor), report.body(), signature))
        .as("the erasure report's signature verifies").isTrue();
    return Http.JSON.readTree(report.body());
  }

  private static JsonNode kept(JsonNode report, String id) {
    return StreamSupport.stream(report.get("kept").spliterator(), false)
        .filter(item -> item.get("id").asText().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError(id + " is not among the kept records: " + report.get("kept")));
  }

  private static JsonNode holding(JsonNode inventory, String id) {
    return StreamSupport.stream(inventory.get("holdings").spliterator(), false)
        .filter(item -> item.get("id").asText().equals(id)).findFirst().orElseThrow();
  }

  /** Like RecordsIT: every row of every table, as text and as the hex that bytea prints, holds none of the values. */
  private static void assertNowhereInTheDatabase(Person person) throws Exception {
    List<String> tables = Database.column("SELECT table_name FROM information_schema.tables"
        + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'", null);
    for (String marker : person.markers()) {
      for (String table : tables) {
        assertThat(Database.scalar("WITH m (v) AS (SELECT ?::text) SELECT count(*) FROM " + table + " t, m"
            + " WHERE strpos(lower(t::text), lower(m.v)) > 0"
            + " OR strpos(t::text, encode(convert_to(m.v, 'UTF8'), 'hex')) > 0", marker))
            .as("rows of %s holding an erased value", table).isZero();
      }
    }
  }

  private static List<String> audit(String resourceId) throws Exception {
    return Database.column("SELECT actor || ' ' || action || ' ' || outcome FROM audit_entry WHERE resource_id = ?"
        + " ORDER BY id", resourceId);
  }

  private static Path recordingFile(String id) {
    return TestEnvironment.home().resolve("wildfly/data/confidant/recordings").resolve(id.substring(0, 2))
        .resolve(id + ".rec");
  }

  private static URI approval(String erasure) {
    return api("/subject-requests/erasures/" + erasure + "/approval");
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  private static String text(Map<String, byte[]> entries, String name) {
    return new String(entries.get(name), StandardCharsets.UTF_8);
  }

  private static String id(HttpResponse<String> response) {
    return Http.json(response).get("id").asText();
  }

  private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return response;
  }

  private static URI api(String path) {
    return TestEnvironment.publicUrl("/api/v1" + path);
  }

  /** A person with values found nowhere else, so that a scan of the database can look for them. */
  record Person(String name, String birthDate, String e164, String mrn, String note, String caseSubject,
      String callNote) {

    static Person unique() {
      String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
      int subscriber = 2_000_000 + (int) (Math.random() * 7_999_999);
      return new Person("Ottoline Marchbanks" + tag.substring(0, 4), "1944-02-" + (10 + (int) (Math.random() * 18)),
          "+1415" + subscriber, "MRN-88" + tag.substring(4, 9).toUpperCase(), "Fears needles, note " + tag,
          "Cataract surgery " + tag, "Asked about the pharmacy hours " + tag);
    }

    String phoneWrittenAnotherWay() {
      return "(415)+" + e164.substring(5, 8) + "-" + e164.substring(8);
    }

    String json() {
      return "{\"name\": \"" + name + "\", \"birthDate\": \"" + birthDate + "\", \"email\": \"om@example.org\","
          + " \"phones\": [{\"label\": \"mobile\", \"number\": \"" + e164 + "\"}],"
          + " \"recordNumbers\": [\"" + mrn + "\"], \"customFields\": {\"bloodGroup\": \"AB-\"}}";
    }

    List<String> markers() {
      return List.of(name, e164, mrn, note, caseSubject, callNote, "Marchbanks");
    }
  }
}
