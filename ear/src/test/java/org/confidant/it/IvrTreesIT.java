package org.confidant.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * IVR trees and business-hours calendars through the REST API of the real server: validated on save (every error
 * with its node), stored, versioned like every configuration item (a PUT carries the version it loaded; a stale
 * change is refused with 409), audited, and for supervisors and admins
 * only. The demo data's queues (Appointments, Nurse line) are the routes' targets.
 */
@ExtendWith(ArquillianExtension.class)
class IvrTreesIT {

  private static final URI TREES = TestEnvironment.publicUrl("/api/v1/ivr-trees");
  private static final URI CALENDARS = TestEnvironment.publicUrl("/api/v1/business-hours");
  private static final String APPOINTMENTS = "00000000-0000-4000-8000-000000000201";
  private static final String NURSE_LINE = "00000000-0000-4000-8000-000000000203";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.confidantEar();
  }

  @Test
  void aSupervisorBuildsAFlowOnACalendarAndAStaleChangeIsRefused() throws SQLException {
    String supervisor = Keycloak.accessToken("demo.supervisor");
    HttpResponse<String> calendar = Http.postJson(CALENDARS, calendar("Clinic hours " + suffix()), supervisor);
    assertThat(calendar.statusCode()).as(calendar.body()).isEqualTo(201);
    String calendarId = Http.json(calendar).get("id").asText();

    String name = "Main line " + suffix();
    HttpResponse<String> created = Http.postJson(TREES, tree(name, calendarId, "appointments"), supervisor);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(Http.json(created).get("version").asLong()).isZero();
    URI location = URI.create(created.headers().firstValue("Location").orElseThrow());
    JsonNode stored = Http.json(Http.get(location, supervisor));
    assertThat(stored.get("name").asText()).isEqualTo(name);
    assertThat(stored.at("/definition/nodes/1/options/1/next").asText()).isEqualTo("nurse");
    assertThat(stored.at("/definition/nodes/0/calendarId").asText()).isEqualTo(calendarId);
    assertThat(stored.get("warnings")).isEmpty();

    HttpResponse<String> renamed =
        Http.putJson(location, revision(tree(name + " v2", calendarId, "appointments"), 0), supervisor);
    assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
    assertThat(Http.json(renamed).get("version").asLong()).isEqualTo(1);

    String secondChange = tree(name + " v3", calendarId, "appointments");
    HttpResponse<String> stale = Http.putJson(location, revision(secondChange, 0), supervisor);
    assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
    JsonNode staleProblem = Http.json(stale);
    assertThat(staleProblem.get("type").asText()).endsWith("/stale-version");
    assertThat(staleProblem.get("detail").asText()).contains("changed by someone else").contains("reload");
    HttpResponse<String> blind = Http.putJson(location, secondChange, supervisor);
    assertThat(blind.statusCode()).as(blind.body()).isEqualTo(400);
    assertThat(Http.json(blind).get("violations").get(0).get("field").asText()).isEqualTo("version");

    HttpResponse<String> calendarInUse =
        Http.delete(URI.create(calendar.headers().firstValue("Location").orElseThrow()), supervisor);
    assertThat(calendarInUse.statusCode()).as(calendarInUse.body()).isEqualTo(409);

    String treeId = stored.get("id").asText();
    assertThat(Http.delete(location, supervisor).statusCode()).isEqualTo(204);
    assertThat(Http.get(location, supervisor).statusCode()).isEqualTo(404);
    assertThat(Database.column("SELECT action FROM audit_entry WHERE resource_type = 'ivr-tree'"
        + " AND resource_id = ? ORDER BY id", treeId))
        .containsExactly("ivr-tree.created", "ivr-tree.updated", "ivr-tree.deleted");
  }

  @Test
  void aTreeWithADanglingBranchAndALoopWithoutExitIsRefusedWithBothProblems() throws SQLException {
    String supervisor = Keycloak.accessToken("demo.supervisor");
    String calendarId = Http.json(Http.postJson(CALENDARS, calendar("Loop hours " + suffix()), supervisor))
        .get("id").asText();
    String name = "Broken line " + suffix();
    String broken = tree(name, calendarId, "reception").replace("""
        {"id": "goodbye", "kind": "HANGUP"}""", """
        {"id": "goodbye", "kind": "MESSAGE", "prompt": {"text": "Still here."}, "next": "again"},
        {"id": "again", "kind": "MESSAGE", "prompt": {"text": "Still here."}, "next": "goodbye"}""");

    HttpResponse<String> refused = Http.postJson(TREES, broken, supervisor);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    JsonNode problem = Http.json(refused);
    assertThat(problem.get("type").asText()).endsWith("/invalid-configuration");
    List<String> errors = new ArrayList<>();
    problem.get("errors").forEach(error -> errors.add(error.get("code").asText() + "@" + error.get("nodeId").asText()));
    assertThat(errors).containsExactlyInAnyOrder(
        "DANGLING_BRANCH@operator", "LOOP_WITHOUT_EXIT@goodbye", "LOOP_WITHOUT_EXIT@again");
    assertThat(Database.scalar("SELECT count(*) FROM ivr_tree WHERE name = ?", name)).isZero();
  }

  @Test
  void aCalendarWithAnUnknownZoneAndOverlappingHoursIsRefusedWithBoth() {
    String invalid = """
        {"name": "Odd hours", "timeZone": "Mars/Olympus_Mons",
         "weekly": [{"day": "MONDAY", "opens": "08:00", "closes": "12:30"},
                    {"day": "MONDAY", "opens": "12:00", "closes": "18:00"}]}""";

    HttpResponse<String> refused = Http.postJson(CALENDARS, invalid, Keycloak.accessToken("demo.supervisor"));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(Http.json(refused).get("errors")).hasSize(2);
  }

  @Test
  void theDemoFlowPassesTheValidationOfASave() {
    String supervisor = Keycloak.accessToken("demo.supervisor");
    URI demo = TestEnvironment.publicUrl("/api/v1/ivr-trees/00000000-0000-4000-8000-000000000e11");
    HttpResponse<String> loaded = Http.get(demo, supervisor);
    assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(200);
    JsonNode tree = Http.json(loaded);
    assertThat(tree.get("warnings")).isEmpty();

    String unchanged = "{\"name\": " + tree.get("name") + ", \"version\": " + tree.get("version")
        + ", \"definition\": " + tree.get("definition") + "}";
    HttpResponse<String> saved = Http.putJson(demo, unchanged, supervisor);

    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
  }

  @Test
  void agentsCanNeitherReadNorChangeFlows() {
    String agent = Keycloak.accessToken("demo.agent");

    assertThat(Http.get(TREES, agent).statusCode()).isEqualTo(403);
    assertThat(Http.postJson(TREES, tree("Agent's line", UUID.randomUUID().toString(), "appointments"), agent)
        .statusCode()).isEqualTo(403);
    assertThat(Http.postJson(CALENDARS, calendar("Agent's hours"), agent).statusCode()).isEqualTo(403);
  }

  private static String calendar(String name) {
    return """
        {"name": "%s", "timeZone": "Europe/London",
         "weekly": [{"day": "MONDAY", "opens": "08:00", "closes": "18:00"},
                    {"day": "FRIDAY", "opens": "08:00", "closes": "16:00"}],
         "holidays": [{"date": "2026-12-25", "name": "Christmas Day"},
                      {"date": "2026-12-24", "name": "Christmas Eve",
                       "specialHours": [{"opens": "09:00", "closes": "12:00"}]}]}"""
        .formatted(name);
  }

  /** A clinic's flow; {@code operatorNext} is where the operator message leads (a node id, or not one). */
  private static String tree(String name, String calendarId, String operatorNext) {
    return """
        {"name": "%s", "definition": {"start": "hours",
         "emergencyPrompt": {"text": "Because of the storm, the clinic is closed today."},
         "nodes": [
          {"id": "hours", "kind": "HOURS_CHECK", "calendarId": "%s", "open": "main", "closed": "closed"},
          {"id": "main", "kind": "MENU", "prompt": {"recording": "main-menu"}, "timeoutSeconds": 5, "retries": 2,
           "options": [{"digit": "1", "next": "patient"}, {"digit": "2", "next": "nurse"},
                       {"digit": "0", "next": "goodbye"}], "fallback": "operator"},
          {"id": "patient", "kind": "COLLECT_DIGITS", "prompt": {"text": "Enter your patient number, then hash."},
           "minDigits": 6, "maxDigits": 8, "terminator": "#", "variable": "patientNumber",
           "next": "appointments", "fallback": "appointments"},
          {"id": "appointments", "kind": "ROUTE", "queueId": "%s"},
          {"id": "nurse", "kind": "ROUTE", "queueId": "%s", "priorityBoost": 20},
          {"id": "operator", "kind": "MESSAGE", "prompt": {"text": "Connecting you."}, "next": "%s"},
          {"id": "closed", "kind": "VOICEMAIL", "prompt": {"text": "We are closed."}, "mailbox": "front-desk"},
          {"id": "goodbye", "kind": "HANGUP"}
         ]}}""".formatted(name, calendarId, APPOINTMENTS, NURSE_LINE, operatorNext);
  }

  /** The body of a PUT: the item as sent on create, plus the version the change is based on. */
  private static String revision(String json, long version) {
    return "{\"version\": " + version + ", " + json.strip().substring(1);
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
