package org.confidant.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.confidant.it.support.Database;
import org.confidant.it.support.Deployments;
import org.confidant.it.support.Http;
import org.confidant.it.support.Keycloak;
import org.confidant.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contacts, cases and notes through the REST API against the real server and database: a patient registered by an
 * agent is found by a phone number written another way and by record number, each role sees what it may (auditors
 * nothing), another agent gets in only by breaking the glass (audited, listed for supervisors and auditors), edits
 * are version-checked, and no table of the database holds the patient's name, birth date, phone number or note in
 * plaintext. The demo patients were seeded through the application.
 */
@ExtendWith(ArquillianExtension.class)
class RecordsIT {

  private static final String DEMO_AGENT = "00000000-0000-4000-8000-000000000301";
  private static final String MARIA_LOPEZ = "00000000-0000-4000-8000-000000000c01";
  private static final String REASON_HEADER = "Confidant-Break-Glass-Reason";

  private static String agent;
  private static String otherAgent;
  private static String supervisor;
  private static String auditor;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.confidantEar();
  }

  @BeforeAll
  static void logIn() {
    agent = Keycloak.accessToken("demo.agent");
    otherAgent = Keycloak.accessToken("demo.agent2");
    supervisor = Keycloak.accessToken("demo.supervisor");
    auditor = Keycloak.accessToken("demo.auditor");
  }

  @Test
  void aPatientIsFoundByAnyWayOfWritingTheirNumberAndShownToEachRoleAsItMaySeeIt() throws SQLException {
    Patient patient = Patient.unique();
    JsonNode created = register(patient);
    String id = created.get("id").asText();
    assertThat(created.get("phones").get(0).get("number").asText()).isEqualTo(patient.e164());

    JsonNode byPhone = Http.json(Http.get(api("/api/v1/contacts?phone=" + patient.phoneWrittenAnotherWay()), agent));
    assertThat(byPhone).hasSize(1);
    assertThat(byPhone.get(0).get("id").asText()).isEqualTo(id);
    assertThat(byPhone.get(0).get("name").asText()).isEqualTo(patient.name());
    JsonNode byRecordNumber = Http.json(Http.get(api("/api/v1/contacts?recordNumber=" + patient.mrnWrittenAnotherWay()),
        agent));
    assertThat(byRecordNumber.get(0).get("id").asText()).isEqualTo(id);
    JsonNode byIdentity = Http.json(Http.get(api("/api/v1/contacts?name=" + patient.name().toUpperCase().replace(" ", "+")
        + "&birthDate=" + patient.birthDate()), supervisor));
    assertThat(byIdentity.get(0).get("id").asText()).isEqualTo(id);
    assertThat(Http.get(api("/api/v1/contacts?name=" + patient.name().replace(" ", "+")), agent).statusCode())
        .as("a name alone is no search").isEqualTo(400);

    JsonNode asAgent = Http.json(Http.get(api("/api/v1/contacts/" + id), agent));
    assertThat(asAgent.get("name").asText()).isEqualTo(patient.name());
    assertThat(asAgent.get("birthDate").asText()).isEqualTo("****-**-" + patient.birthDate().substring(8));
    assertThat(asAgent.get("recordNumbers").get(0).asText()).isEqualTo("****" + patient.mrn().substring(
        patient.mrn().length() - 4));
    assertThat(asAgent.get("customFields").size()).isZero();
    assertThat(asAgent.get("masked").toString()).contains("birthDate", "recordNumbers", "customFields", "email");
    assertThat(asAgent.get("access").asText()).isEqualTo("ROUTINE");

    JsonNode asSupervisor = Http.json(Http.get(api("/api/v1/contacts/" + id), supervisor));
    assertThat(asSupervisor.get("birthDate").asText()).isEqualTo(patient.birthDate());
    assertThat(asSupervisor.get("recordNumbers").get(0).asText()).isEqualTo(patient.mrn());
    assertThat(asSupervisor.get("customFields").get("bloodGroup").asText()).isEqualTo("O+");
    assertThat(asSupervisor.get("masked").size()).isZero();

    HttpResponse<String> asAuditor = Http.get(api("/api/v1/contacts/" + id), auditor);
    assertThat(asAuditor.statusCode()).isEqualTo(403);
    assertThat(asAuditor.body()).doesNotContain(patient.name());

    assertThat(Database.column("SELECT action FROM audit_entry WHERE resource_id = ? ORDER BY id", id))
        .contains("contact.created", "contact.found", "contact.read");
  }

  @Test
  void casesAndNotesAreKeptWithTheirContactAndEditsAreVersionChecked() {
    Patient patient = Patient.unique();
    String id = register(patient).get("id").asText();

    JsonNode opened = Http.json(expect(201, Http.postJson(api("/api/v1/cases"), "{\"contactId\": \"" + id
        + "\", \"subject\": \"" + patient.caseSubject() + "\", \"ownerAgentId\": \"" + DEMO_AGENT + "\"}", agent)));
    assertThat(opened.get("status").asText()).isEqualTo("OPEN");
    assertThat(opened.get("subject").asText()).isEqualTo(patient.caseSubject());
    String caseId = opened.get("id").asText();

    expect(201, Http.postJson(api("/api/v1/contacts/" + id + "/notes"),
        "{\"text\": \"" + patient.note() + "\", \"caseId\": \"" + caseId + "\"}", agent));
    JsonNode notes = Http.json(Http.get(api("/api/v1/contacts/" + id + "/notes"), agent));
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0).get("text").asText()).isEqualTo(patient.note());
    assertThat(notes.get(0).get("author").asText()).isEqualTo("demo.agent");

    JsonNode cases = Http.json(Http.get(api("/api/v1/contacts/" + id + "/cases"), agent));
    assertThat(cases).hasSize(1);

    String change = "{\"status\": \"RESOLVED\", \"ownerAgentId\": \"" + DEMO_AGENT + "\", \"version\": %d}";
    JsonNode resolved = Http.json(expect(200, Http.putJson(api("/api/v1/cases/" + caseId),
        change.formatted(opened.get("version").asLong()), agent)));
    assertThat(resolved.get("status").asText()).isEqualTo("RESOLVED");
    HttpResponse<String> stale = Http.putJson(api("/api/v1/cases/" + caseId),
        change.formatted(opened.get("version").asLong()), agent);
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(Http.json(stale).get("type").asText()).endsWith("/stale-version");

    HttpResponse<String> badPhone = Http.putJson(api("/api/v1/contacts/" + id), patient.json("not a number", 0L), agent);
    assertThat(badPhone.statusCode()).isEqualTo(400);
    assertThat(Http.json(badPhone).get("violations").get(0).get("field").asText()).isEqualTo("phones[0].number");
    assertThat(badPhone.body()).doesNotContain("not a number");
  }

  @Test
  void anotherAgentOpensTheRecordOnlyByBreakingTheGlassWhichIsAuditedAndListed() throws SQLException {
    String id = register(Patient.unique()).get("id").asText();

    HttpResponse<String> refused = Http.get(api("/api/v1/contacts/" + id), otherAgent);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(Http.json(refused).get("type").asText()).endsWith("/break-glass-required");
    assertThat(Http.json(refused).get("detail").asText()).contains(REASON_HEADER);

    String reason = "Caller collapsed at reception, own clinician unreachable " + UUID.randomUUID();
    HttpResponse<String> opened = Http.send(HttpRequest.newBuilder(api("/api/v1/contacts/" + id))
        .header("Authorization", "Bearer " + otherAgent).header(REASON_HEADER, reason).GET().build());
    assertThat(opened.statusCode()).isEqualTo(200);
    assertThat(Http.json(opened).get("access").asText()).isEqualTo("BREAK_GLASS");
    assertThat(Http.get(api("/api/v1/contacts/" + id + "/notes"), otherAgent).statusCode())
        .as("the reason holds for a while").isEqualTo(200);

    assertThat(Database.column("SELECT actor || ' ' || action || ' ' || outcome FROM audit_entry"
        + " WHERE resource_id = ? ORDER BY id", id))
        .contains("demo.agent2 contact.opened DENIED", "demo.agent2 BREAK_GLASS SUCCESS");
    assertThat(Database.column("SELECT reason FROM audit_entry WHERE resource_id = ? AND action = 'BREAK_GLASS'", id))
        .as("the stated reason is in the audit trail").containsExactly(reason);

    for (String reader : List.of(supervisor, auditor)) {
      JsonNode recent = Http.json(expect(200, Http.get(api("/api/v1/break-glass?limit=20"), reader)));
      assertThat(recent.findValues("reason").stream().map(JsonNode::asText)).contains(reason);
      assertThat(recent.get(0).get("contactId").asText()).isEqualTo(id);
      assertThat(recent.get(0).get("actor").asText()).isEqualTo("demo.agent2");
    }
    assertThat(Http.get(api("/api/v1/break-glass"), agent).statusCode()).isEqualTo(403);
  }

  @Test
  void noTableHoldsAPatientsNameBirthDatePhoneOrNoteInPlaintext() throws SQLException {
    Patient patient = Patient.unique();
    String id = register(patient).get("id").asText();
    expect(201, Http.postJson(api("/api/v1/contacts/" + id + "/notes"), "{\"text\": \"" + patient.note() + "\"}",
        agent));
    expect(201, Http.postJson(api("/api/v1/cases"), "{\"contactId\": \"" + id + "\", \"subject\": \""
        + patient.caseSubject() + "\"}", agent));
    assertThat(Database.scalar("SELECT count(*) FROM contact_note WHERE contact_id = ?::uuid", id)).isEqualTo(1);

    List<String> tables = Database.column("SELECT table_name FROM information_schema.tables"
        + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'", null);
    assertThat(tables).contains("contact", "contact_case", "contact_note", "contact_phone_index", "audit_entry");
    for (String marker : patient.markers()) {
      for (String table : tables) {
        assertThat(Database.scalar("WITH m (v) AS (SELECT ?::text) SELECT count(*) FROM " + table + " t, m"
            + " WHERE strpos(lower(t::text), lower(m.v)) > 0"
            + " OR strpos(t::text, encode(convert_to(m.v, 'UTF8'), 'hex')) > 0", marker))
            .as("rows of %s holding a patient's value in plaintext", table).isZero();
      }
    }
  }

  @Test
  void theDemoPatientsWereRegisteredThroughTheApplication() {
    JsonNode found = Http.json(Http.get(api("/api/v1/contacts?phone=%2B44+20+7946+0101"), agent));
    assertThat(found.findValues("id").stream().map(JsonNode::asText)).contains(MARIA_LOPEZ);
    JsonNode maria = Http.json(expect(200, Http.get(api("/api/v1/contacts/" + MARIA_LOPEZ), agent)));
    assertThat(maria.get("name").asText()).isEqualTo("Maria Lopez");
    JsonNode cases = Http.json(Http.get(api("/api/v1/contacts/" + MARIA_LOPEZ + "/cases"), agent));
    assertThat(cases.get(0).get("ownerAgentId").asText()).isEqualTo(DEMO_AGENT);
  }

  @Test
  void aKekRotationRewrapsEveryContactKeyAndTheRecordsStillOpen() throws SQLException {
    String id = register(Patient.unique()).get("id").asText();
    String admin = Keycloak.accessToken("demo.admin");

    JsonNode rotated = Http.json(expect(200, Http.postJson(api("/api/v1/vault/kek-rotations"), "", admin)));

    String current = rotated.get("currentKekId").asText();
    assertThat(Database.scalar("SELECT count(*) FROM contact WHERE kek_id <> ?", current)).isZero();
    assertThat(rotated.get("keysRewrapped").asLong())
        .isGreaterThanOrEqualTo(Database.scalar("SELECT count(*) FROM contact WHERE kek_id = ?", current));
    assertThat(Http.json(expect(200, Http.get(api("/api/v1/contacts/" + id), agent))).get("name").asText())
        .startsWith("Zebedee Quillfeather");
  }

  /**
   * Another test's break-glass: demo.agent registers a new patient and demo.agent2, who has no routine access to
   * it, opens it on this reason. Returns the contact's id.
   */
  static String breakGlassOnANewPatient(String reason) {
    String agentToken = Keycloak.accessToken("demo.agent");
    Patient patient = Patient.unique();
    String id = Http.json(expect(201, Http.postJson(api("/api/v1/contacts"), patient.json(patient.phone(), null),
        agentToken))).get("id").asText();
    expect(200, Http.send(HttpRequest.newBuilder(api("/api/v1/contacts/" + id))
        .header("Authorization", "Bearer " + Keycloak.accessToken("demo.agent2")).header(REASON_HEADER, reason)
        .GET().build()));
    return id;
  }

  private static JsonNode register(Patient patient) {
    return Http.json(expect(201, Http.postJson(api("/api/v1/contacts"), patient.json(patient.phone(), null), agent)));
  }

  private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return response;
  }

  private static URI api(String path) {
    return TestEnvironment.publicUrl(path);
  }

  /** A patient with values found nowhere else, so that a scan of the database can look for them. */
  record Patient(String name, String birthDate, String phone, String e164, String mrn, String note,
      String caseSubject) {

    static Patient unique() {
      String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
      int subscriber = 2_000_000 + (int) (Math.random() * 7_999_999);
      int day = 10 + (int) (Math.random() * 18);
      return new Patient("Zebedee Quillfeather" + tag.substring(0, 4), "1937-08-" + day,
          "(415) " + subscriber / 10_000 + "-" + String.format("%04d", subscriber % 10_000), "+1415" + subscriber,
          "MRN-77" + tag.substring(4, 9).toUpperCase(),
          "Allergic to penicillin, note " + tag, "Hip replacement " + tag);
    }

    String phoneWrittenAnotherWay() {
      return "%2B1-415." + e164.substring(5, 8) + "." + e164.substring(8);
    }

    String mrnWrittenAnotherWay() {
      return mrn.toLowerCase().replace("-", "+");
    }

    String json(String phoneNumber, Long version) {
      return "{\"name\": \"" + name + "\", \"birthDate\": \"" + birthDate + "\", \"email\": \"zq@example.org\","
          + " \"phones\": [{\"label\": \"mobile\", \"number\": \"" + phoneNumber + "\"}],"
          + " \"recordNumbers\": [\"" + mrn + "\"], \"customFields\": {\"bloodGroup\": \"O+\"}"
          + (version == null ? "" : ", \"version\": " + version) + "}";
    }

    List<String> markers() {
      return List.of(name, birthDate, e164, phone, mrn, note, caseSubject, "Quillfeather");
    }
  }
}
