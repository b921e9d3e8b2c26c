package org.confidant.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.SQLException;
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
 * The configuration API against the real server: a supervisor builds a skill and a queue with escalation and
 * overflow, edits are version-checked, bad input is named field by field, roles are enforced, and every change is
 * in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
class ConfigurationIT {

  private static final String APPOINTMENTS = "00000000-0000-4000-8000-000000000201";
  private static final String DEMO_AGENT = "00000000-0000-4000-8000-000000000301";
  private static final String BLAKE = "00000000-0000-4000-8000-000000000302";
  private static final String NURSE_TRIAGE = "00000000-0000-4000-8000-000000000103";

  private static String supervisor;
  private static String admin;
  private static String agent;
  private static String blake;
  private static String telephony;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.confidantEar();
  }

  @BeforeAll
  static void logIn() {
    supervisor = Keycloak.accessToken("demo.supervisor");
    admin = Keycloak.accessToken("demo.admin");
    agent = Keycloak.accessToken("demo.agent");
    blake = Keycloak.accessToken("demo.agent2");
    telephony = Keycloak.telephonyToken();
  }

  @Test
  void aSupervisorConfiguresAQueueThatEscalatesAndOverflowsAndEditsItWithTheVersionTheyLoaded() throws SQLException {
    String skill = create("/api/v1/skills", "{\"name\": \"cardiology-" + suffix() + "\"}").get("id").asText();
    String queueName = "Cardiology " + suffix();
    JsonNode queue = create("/api/v1/queues", queueBody(queueName, skill, 8, 30, null));
    String id = queue.get("id").asText();

    JsonNode read = Http.json(Http.get(api("/api/v1/queues/" + id), supervisor));
    assertThat(read.get("name").asText()).isEqualTo(queueName);
    assertThat(read.get("steps")).hasSize(2);
    assertThat(read.get("steps").get(1).get("afterSeconds").asInt()).isEqualTo(30);
    assertThat(read.get("steps").get(1).get("skills").get(0).get("minProficiency").asInt()).isEqualTo(3);
    assertThat(read.get("steps").get(1).get("attributes").get("site").asText()).isEqualTo("north");
    assertThat(read.get("overflow").get("destination").asText()).isEqualTo("QUEUE");
    assertThat(read.get("overflow").get("queueId").asText()).isEqualTo(APPOINTMENTS);
    assertThat(read.get("overflow").get("maxQueueLength").asInt()).isEqualTo(10);
    assertThat(Http.json(Http.get(api("/api/v1/queues"), supervisor)).findValuesAsText("name")).contains(queueName);

    long loaded = read.get("version").asLong();
    HttpResponse<String> edited =
        Http.putJson(api("/api/v1/queues/" + id), queueBody(queueName, skill, 7, 45, loaded), supervisor);
    assertThat(edited.statusCode()).isEqualTo(200);
    assertThat(Http.json(edited).get("steps").get(1).get("afterSeconds").asInt()).isEqualTo(45);
    assertThat(Http.json(edited).get("version").asLong()).isGreaterThan(loaded);

    HttpResponse<String> stale =
        Http.putJson(api("/api/v1/queues/" + id), queueBody(queueName, skill, 6, 60, loaded), supervisor);
    assertProblem(stale, 409);
    assertThat(Http.json(stale).get("type").asText()).endsWith("/stale-version");
    assertThat(Http.json(stale).get("detail").asText()).contains("changed by someone else since you loaded it");
    assertThat(Http.json(Http.get(api("/api/v1/queues/" + id), supervisor)).get("steps").get(1)
        .get("afterSeconds").asInt()).isEqualTo(45);

    assertThat(audited("queue.created", id)).isEqualTo(1);
    assertThat(audited("queue.updated", id)).isEqualTo(1);
    assertThat(audited("skill.created", skill)).isEqualTo(1);
    assertThat(Database.column("SELECT actor FROM audit_entry WHERE resource_id = ?", id)).containsOnly(
        "demo.supervisor");

    assertThat(Http.delete(api("/api/v1/queues/" + id), supervisor).statusCode()).isEqualTo(204);
    assertThat(Http.get(api("/api/v1/queues/" + id), supervisor).statusCode()).isEqualTo(404);
    assertThat(audited("queue.deleted", id)).isEqualTo(1);
  }

  @Test
  void invalidQueuesAreRefusedNamingTheFields() throws SQLException {
    String skill = create("/api/v1/skills", "{\"name\": \"neurology-" + suffix() + "\"}").get("id").asText();

    HttpResponse<String> tooProficient =
        Http.postJson(api("/api/v1/queues"), queueBody("Neuro " + suffix(), skill, 11, 30, null), supervisor);
    HttpResponse<String> notLater =
        Http.postJson(api("/api/v1/queues"), queueBody("Neuro " + suffix(), skill, 8, 0, null), supervisor);
    HttpResponse<String> toItself = Http.putJson(api("/api/v1/queues/" + APPOINTMENTS),
        queueBody("Appointments", skill, 8, 30, 0L), supervisor);
    HttpResponse<String> narrowing = Http.postJson(api("/api/v1/queues"),
        queueBody("Neuro " + suffix(), skill, 2, 30, null), supervisor);

    assertProblem(tooProficient, 400);
    assertThat(fields(tooProficient)).contains("steps[0].skills[0].minProficiency");
    assertProblem(notLater, 400);
    assertThat(fields(notLater)).contains("steps[1].afterSeconds");
    assertProblem(toItself, 400);
    assertThat(fields(toItself)).containsExactly("overflow.queueId");
    assertProblem(narrowing, 400);
    assertThat(fields(narrowing)).containsExactly("steps[1]");
    assertThat(Database.scalar("SELECT count(*) FROM queue WHERE name LIKE 'Neuro %'", null)).isZero();
  }

  @Test
  void namesAreUniqueAndASkillInUseCannotBeDeleted() throws SQLException {
    String name = "dermatology-" + suffix();
    String skill = create("/api/v1/skills", "{\"name\": \"" + name + "\"}").get("id").asText();
    assertProblem(Http.postJson(api("/api/v1/skills"), "{\"name\": \"" + name.toUpperCase() + "\"}", supervisor),
        409);

    JsonNode before = Http.json(Http.get(api("/api/v1/agents/" + DEMO_AGENT + "/skills"), supervisor));
    String original = skillsBody(before.get("skills"), null);
    HttpResponse<String> given = Http.putJson(api("/api/v1/agents/" + DEMO_AGENT + "/skills"),
        "{\"version\": " + before.get("version").asLong() + ", \"skills\": "
            + skillsBody(before.get("skills"), skill) + "}", supervisor);
    assertThat(given.statusCode()).isEqualTo(200);
    assertThat(Http.json(given).findValuesAsText("skill")).contains(name);

    HttpResponse<String> inUse = Http.delete(api("/api/v1/skills/" + skill), supervisor);
    assertProblem(inUse, 409);
    assertThat(Http.json(inUse).get("detail").asText()).contains("1 agent(s) have it");

    HttpResponse<String> restored = Http.putJson(api("/api/v1/agents/" + DEMO_AGENT + "/skills"),
        "{\"version\": " + Http.json(given).get("version").asLong() + ", \"skills\": " + original + "}", supervisor);
    assertThat(restored.statusCode()).isEqualTo(200);
    assertThat(Http.delete(api("/api/v1/skills/" + skill), supervisor).statusCode()).isEqualTo(204);
    assertThat(audited("agent.skills.updated", DEMO_AGENT)).isGreaterThanOrEqualTo(2);
    assertThat(audited("skill.deleted", skill)).isEqualTo(1);
  }

  @Test
  void agentsMayNotConfigureAndOnlyAdminsChangeReasonCodes() throws SQLException {
    assertProblem(Http.postJson(api("/api/v1/skills"), "{\"name\": \"x-" + suffix() + "\"}", agent), 403);
    assertProblem(Http.get(api("/api/v1/reason-codes"), agent), 403);
    String reason = "{\"code\": \"LUNCH_" + suffix().toUpperCase() + "\", \"label\": \"Lunch\", \"kind\": \"NOT_READY\"}";
    assertProblem(Http.postJson(api("/api/v1/reason-codes"), reason, supervisor), 403);

    assertThat(Http.json(Http.get(api("/api/v1/reason-codes"), supervisor)).findValuesAsText("code"))
        .contains("LOGGED_IN", "RONA", "DEVICE_UNREGISTERED", "RECONCILED");
    HttpResponse<String> created = Http.postJson(api("/api/v1/reason-codes"), reason, admin);
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(audited("reason-code.created", Http.json(created).get("id").asText())).isEqualTo(1);

    JsonNode rona = null;
    for (JsonNode code : Http.json(Http.get(api("/api/v1/reason-codes"), admin))) {
      rona = "RONA".equals(code.get("code").asText()) ? code : rona;
    }
    assertProblem(Http.delete(api("/api/v1/reason-codes/" + rona.get("id").asText()), admin), 409);
  }

  @Test
  void changesReachTheLiveRouterAtOnce() throws SQLException {
    String rare = create("/api/v1/skills", "{\"name\": \"rare-" + suffix() + "\"}").get("id").asText();
    JsonNode queue = create("/api/v1/queues", oneStepQueue("Live " + suffix(), rare, null));
    String queueId = queue.get("id").asText();
    Http.putJson(api("/api/v1/agents/" + BLAKE + "/presence"), "{\"state\": \"LOGGED_OUT\"}", supervisor);
    assertThat(Http.putJson(api("/api/v1/agents/me/presence"), "{\"state\": \"AVAILABLE\"}", blake).statusCode())
        .isEqualTo(200);

    UUID first = UUID.randomUUID();
    callEvent(first, 1, "OFFERED", null);
    callEvent(first, 2, "QUEUED", queueId);
    assertThat(routing(first)).as("nobody has the rare skill").isEqualTo("WAITING null");
    JsonNode widened = Http.json(Http.putJson(api("/api/v1/queues/" + queueId),
        oneStepQueue(queue.get("name").asText(), NURSE_TRIAGE, queue.get("version").asLong()), supervisor));
    assertThat(routing(first)).as("the redefined queue admits Blake").isEqualTo("OFFERED " + BLAKE);
    callEvent(first, 3, "ENDED", "CALLER_HUNG_UP");

    Http.putJson(api("/api/v1/queues/" + queueId),
        oneStepQueue(queue.get("name").asText(), rare, widened.get("version").asLong()), supervisor);
    UUID second = UUID.randomUUID();
    callEvent(second, 1, "OFFERED", null);
    callEvent(second, 2, "QUEUED", queueId);
    assertThat(routing(second)).isEqualTo("WAITING null");
    JsonNode before = Http.json(Http.get(api("/api/v1/agents/" + BLAKE + "/skills"), supervisor));
    HttpResponse<String> given = Http.putJson(api("/api/v1/agents/" + BLAKE + "/skills"), "{\"version\": "
        + before.get("version").asLong() + ", \"skills\": " + skillsBody(before.get("skills"), rare) + "}", supervisor);
    assertThat(given.statusCode()).as(given.body()).isEqualTo(200);
    assertThat(routing(second)).as("Blake, logged in, now has the rare skill").isEqualTo("OFFERED " + BLAKE);

    callEvent(second, 3, "ENDED", "CALLER_HUNG_UP");
    Http.putJson(api("/api/v1/agents/" + BLAKE + "/skills"), "{\"version\": " + Http.json(given).get("version")
        + ", \"skills\": " + skillsBody(before.get("skills"), null) + "}", supervisor);
    Http.putJson(api("/api/v1/agents/me/presence"), "{\"state\": \"LOGGED_OUT\"}", blake);
  }

  private static String oneStepQueue(String name, String skill, Long version) {
    return """
        {"name": "%s", "strategy": "LONGEST_IDLE",
         "steps": [{"afterSeconds": 0, "skills": [{"skillId": "%s", "minProficiency": 5}]}], "version": %s}
        """.formatted(name, skill, version);
  }

  private static void callEvent(UUID call, long sequence, String type, String detail) {
    String event = Http.JSON.createObjectNode().put("callId", call.toString()).put("sequence", sequence)
        .put("occurredAt", java.time.Instant.now().toString()).put("type", type).put("detail", detail).toString();
    HttpResponse<String> response = Http.postJson(api("/api/v1/telephony/events"), event, telephony);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  private static String routing(UUID call) throws SQLException {
    return String.join(" ", Database.column("SELECT status || ' ' || coalesce(agent_id::text, 'null')"
        + " FROM call_routing WHERE call_id = ?", call));
  }

  private static JsonNode create(String path, String body) {
    HttpResponse<String> response = Http.postJson(api(path), body, supervisor);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(response.headers().firstValue("Location")).isPresent();
    return Http.json(response);
  }

  /** Two steps (skill at {@code proficiency}, then at 3 from a site after {@code secondAfter} s) and overflow. */
  private static String queueBody(String name, String skill, int proficiency, int secondAfter, Long version) {
    return """
        {"name": "%s", "priority": 20, "strategy": "MOST_SKILLED", "wrapUpSeconds": 15,
         "steps": [
           {"afterSeconds": 0, "skills": [{"skillId": "%s", "minProficiency": %d}]},
           {"afterSeconds": %d, "skills": [{"skillId": "%s", "minProficiency": 3}], "attributes": {"site": "north"}}],
         "overflow": {"maxWaitSeconds": 300, "maxQueueLength": 10, "whenNoAgentLoggedIn": true,
                      "destination": "QUEUE", "queueId": "%s"},
         "version": %s}
        """.formatted(name, skill, proficiency, secondAfter, skill, APPOINTMENTS, version);
  }

  private static String skillsBody(JsonNode skills, String extraSkill) {
    StringBuilder body = new StringBuilder("[");
    for (JsonNode skill : skills) {
      body.append(body.length() > 1 ? "," : "").append("{\"skillId\": \"").append(skill.get("skillId").asText())
          .append("\", \"proficiency\": ").append(skill.get("proficiency").asInt()).append('}');
    }
    if (extraSkill != null) {
      body.append(body.length() > 1 ? "," : "").append("{\"skillId\": \"").append(extraSkill)
          .append("\", \"proficiency\": 6}");
    }
    return body.append(']').toString();
  }

  private static java.util.List<String> fields(HttpResponse<String> response) {
    return Http.json(response).get("violations").findValuesAsText("field");
  }

  private static long audited(String action, String resourceId) throws SQLException {
    return Database.scalar("SELECT count(*) FROM audit_entry WHERE action = '" + action + "' AND resource_id = ?",
        resourceId);
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).doesNotContain("Exception", "at org.");
  }

  private static URI api(String path) {
    return TestEnvironment.publicUrl(path);
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
