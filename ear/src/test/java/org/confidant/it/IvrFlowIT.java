package org.confidant.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confidant.it.support.AgentDesk.changeMyPresence;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.confidant.it.support.AgentDesk;
import org.confidant.it.support.ConnectorCallback;
import org.confidant.it.support.Database;
import org.confidant.it.support.Deployments;
import org.confidant.it.support.Http;
import org.confidant.it.support.Keycloak;
import org.confidant.it.support.Signatures;
import org.confidant.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server runs a call's IVR: a registered PBX posts IVR_STARTED naming a tree, receives the prompts to play as
 * signed PLAY_AND_COLLECT commands, posts the caller's keys as DIGITS, and the call leaves the IVR into the chosen
 * queue with the route's priority boost (offered to the nurse who becomes available), to voicemail, or is hung up.
 * The tree is the test's own (no hours check), so the outcome does not depend on the clock.
 */
@ExtendWith(ArquillianExtension.class)
class IvrFlowIT {

  private static final URI EVENTS = TestEnvironment.publicUrl("/api/v1/telephony/events");
  private static final URI MY_PRESENCE = TestEnvironment.publicUrl("/api/v1/agents/me/presence");
  private static final String APPOINTMENTS = "00000000-0000-4000-8000-000000000201";
  private static final String NURSE_LINE = "00000000-0000-4000-8000-000000000203";
  private static final String NURSE_TRIAGE = "00000000-0000-4000-8000-000000000103";
  private static final String ALEX = "00000000-0000-4000-8000-000000000301";
  private static final String BLAKE = "00000000-0000-4000-8000-000000000302";
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private static ConnectorCallback callback;
  private static Keycloak.TelephonyClient pbx;
  private static String secret;
  private static String supervisor;
  private static String treeId;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.confidantEar();
  }

  @BeforeAll
  static void registerThePbxAndBuildTheFlow() {
    callback = new ConnectorCallback();
    pbx = Keycloak.createTelephonyClient();
    supervisor = Keycloak.accessToken("demo.supervisor");
    String connector = "{\"name\":\"IVR PBX " + pbx.clientId() + "\",\"clientId\":\"" + pbx.clientId()
        + "\",\"callbackUrl\":\"" + callback.url("/ivr") + "\",\"commands\":[\"PLAY_AND_COLLECT\",\"BLIND_TRANSFER\","
        + "\"HANG_UP\",\"DELIVER_TO_AGENT\"]}";
    HttpResponse<String> registered = Http.postJson(TestEnvironment.publicUrl("/api/v1/connectors"), connector,
        Keycloak.accessToken("demo.admin"));
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    secret = Http.json(registered).get("signingSecret").asText();

    HttpResponse<String> tree = Http.postJson(TestEnvironment.publicUrl("/api/v1/ivr-trees"), tree(), supervisor);
    assertThat(tree.statusCode()).as(tree.body()).isEqualTo(201);
    treeId = Http.json(tree).get("id").asText();
  }

  @BeforeEach
  void agentsLoggedOut() {
    logOutAgents();
  }

  @AfterAll
  static void cleanUp() {
    if (supervisor != null) {
      logOutAgents();
    }
    if (callback != null) {
      callback.close();
    }
  }

  @Test
  void aCallerWhoAsksForANurseIsQueuedWithTheRoutesBoostAndOfferedToTheNurse() throws SQLException {
    UUID call = UUID.randomUUID();
    post(call, 1, "OFFERED", null);
    assertThat(post(call, 2, "IVR_STARTED", treeId).get("callState").asText()).isEqualTo("IVR");

    JsonNode menu = commands(call, "PLAY_AND_COLLECT").get(0);
    assertThat(menu.get("parameters").get("nodeId").asText()).isEqualTo("main");
    assertThat(menu.get("parameters").get("prompt.1.text").asText()).startsWith("For appointments press 1");
    assertThat(menu.get("parameters").get("maxDigits").asText()).isEqualTo("1");
    JsonNode delivered = parse(callback.await(menu.get("commandId").asText(), PATIENCE).body());
    assertThat(delivered.get("type").asText()).isEqualTo("PLAY_AND_COLLECT");

    post(call, 3, "DIGITS", "");
    assertThat(commands(call, "PLAY_AND_COLLECT")).as("a timeout re-prompts").hasSize(2)
        .last().satisfies(again -> assertThat(again.get("parameters").get("nodeId").asText()).isEqualTo("main"));
    post(call, 4, "DIGITS", "2");

    assertThat(commands(call, "PLAY_AND_COLLECT")).as("the message before the route, nothing to collect")
        .hasSize(3).last().satisfies(message -> {
          assertThat(message.get("parameters").get("prompt.1.text").asText()).contains("A nurse will be with you");
          assertThat(message.get("parameters").get("maxDigits").asText()).isEqualTo("0");
        });
    assertThat(Database.column("SELECT queue_id || ' ' || priority_boost || ' ' || status FROM call_routing"
        + " WHERE call_id = ?", call)).containsExactly(NURSE_LINE + " 30 WAITING");
    assertThat(Database.column("SELECT status || ' ' || outcome || ' ' || outcome_target || ' ' || priority_boost"
        + " FROM call_ivr WHERE call_id = ?", call)).containsExactly("DONE QUEUED " + NURSE_LINE + " 30");
    assertThat(Database.column("SELECT path::text FROM call_ivr WHERE call_id = ?", call).get(0))
        .contains("\"main\"", "NO_INPUT", "CHOSE", "\"urgent\"", "\"nurse\"");

    JsonNode blake = changeMyPresence(Keycloak.accessToken("demo.agent2"), "AVAILABLE");
    assertThat(blake.get("state").asText()).isEqualTo("RESERVED");
    assertThat(blake.get("callId").asText()).isEqualTo(call.toString());
    assertThat(commands(call, "DELIVER_TO_AGENT")).hasSize(1);

    post(call, 5, "ENDED", "CALLER_HUNG_UP");
  }

  @Test
  void collectedDigitsAreNotKeptAndTheCallJoinsTheRoutesQueue() throws SQLException {
    UUID call = callInTheTree();
    post(call, 3, "DIGITS", "1");

    JsonNode collect = commands(call, "PLAY_AND_COLLECT").get(1);
    assertThat(collect.get("parameters").get("nodeId").asText()).isEqualTo("patient");
    assertThat(collect.get("parameters").get("prompt.1.recording").asText()).isEqualTo("enter-patient-number");
    assertThat(collect.get("parameters").get("minDigits").asText()).isEqualTo("6");
    assertThat(collect.get("parameters").get("maxDigits").asText()).isEqualTo("8");
    assertThat(collect.get("parameters").get("terminator").asText()).isEqualTo("#");

    post(call, 4, "DIGITS", "987654#");

    assertThat(Database.column("SELECT entries::text FROM call_ivr WHERE call_id = ?", call))
        .containsExactly("[\"1\", \"000000#\"]");
    assertThat(Database.scalar("SELECT count(*) FROM call_ivr WHERE call_id = ?"
        + " AND (path::text || entries::text) LIKE '%987654%'", call)).isZero();
    assertThat(Database.column("SELECT detail FROM call_event WHERE call_id = ? AND type = 'DIGITS' ORDER BY sequence",
        call)).as("the event ledger keeps how many keys, not which").containsExactly("*", "*******");
    assertThat(Database.column("SELECT queue_id || ' ' || priority_boost FROM call_routing WHERE call_id = ?", call))
        .containsExactly(APPOINTMENTS + " 0");

    post(call, 5, "ENDED", "CALLER_HUNG_UP");
    assertThat(Database.column("SELECT status FROM call_routing WHERE call_id = ?", call)).containsExactly("FINISHED");
  }

  @Test
  void aMessageGoesToVoicemailAndACallerWhoNeverAnswersIsHungUp() throws SQLException {
    UUID message = callInTheTree();
    post(message, 3, "DIGITS", "3");

    JsonNode transfer = commands(message, "BLIND_TRANSFER").get(0);
    assertThat(transfer.get("target").asText()).isEqualTo("voicemail:front-desk");
    assertThat(transfer.get("parameters").get("prompt.1.text").asText()).isEqualTo("Leave a message after the tone.");
    assertThat(Database.column("SELECT outcome || ' ' || outcome_target FROM call_ivr WHERE call_id = ?", message))
        .containsExactly("VOICEMAIL front-desk");

    UUID silent = callInTheTree();
    post(silent, 3, "DIGITS", null);
    post(silent, 4, "DIGITS", null);

    assertThat(commands(silent, "HANG_UP")).singleElement().satisfies(hangUp ->
        assertThat(hangUp.get("parameters").get("nodeId").asText()).isEqualTo("goodbye"));
    assertThat(Database.column("SELECT outcome FROM call_ivr WHERE call_id = ?", silent)).containsExactly("HUNG_UP");
    assertThat(Database.scalar("SELECT count(*) FROM call_routing WHERE call_id = ?", silent)).isZero();
  }

  @Test
  void anUnknownTreeIsRefusedWholeAndAnIvrWithoutATreeIsOnlyRecorded() throws SQLException {
    UUID call = UUID.randomUUID();
    post(call, 1, "OFFERED", null);

    String unknown = event(call, 2, "IVR_STARTED", UUID.randomUUID().toString());
    HttpResponse<String> refused = Http.postJson(EVENTS, unknown, pbx.token(), signed(unknown));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("IVR tree").doesNotContain("Exception");
    assertThat(Database.scalar("SELECT count(*) FROM call_event WHERE call_id = ?", call)).isEqualTo(1);

    assertThat(post(call, 2, "IVR_STARTED", null).get("callState").asText()).isEqualTo("IVR");
    post(call, 3, "DIGITS", "1");
    assertThat(Database.scalar("SELECT count(*) FROM call_ivr WHERE call_id = ?", call)).isZero();
    assertThat(Database.scalar("SELECT count(*) FROM connector_command WHERE call_id = ?", call)).isZero();
    post(call, 4, "ENDED", "CALLER_HUNG_UP");
  }

  // --------------------------------------------------------------------------------------------- helpers

  private static String tree() {
    return """
        {"name": "IT triage %s", "definition": {"start": "main", "nodes": [
         {"id": "main", "kind": "MENU", "timeoutSeconds": 4, "retries": 1, "fallback": "goodbye",
          "prompt": {"text": "For appointments press 1, for a nurse press 2, to leave a message press 3."},
          "options": [{"digit": "1", "next": "patient"}, {"digit": "2", "next": "urgent"},
                      {"digit": "3", "next": "message"}]},
         {"id": "patient", "kind": "COLLECT_DIGITS", "prompt": {"recording": "enter-patient-number"},
          "minDigits": 6, "maxDigits": 8, "terminator": "#", "variable": "patientNumber",
          "next": "appointments", "fallback": "appointments"},
         {"id": "appointments", "kind": "ROUTE", "queueId": "%s"},
         {"id": "urgent", "kind": "MESSAGE", "prompt": {"text": "A nurse will be with you shortly."}, "next": "nurse"},
         {"id": "nurse", "kind": "ROUTE", "queueId": "%s", "priorityBoost": 30, "requiredSkillId": "%s"},
         {"id": "message", "kind": "VOICEMAIL", "prompt": {"text": "Leave a message after the tone."},
          "mailbox": "front-desk"},
         {"id": "goodbye", "kind": "HANGUP", "prompt": {"text": "Goodbye."}}]}}
        """.formatted(UUID.randomUUID().toString().substring(0, 8), APPOINTMENTS, NURSE_LINE, NURSE_TRIAGE);
  }

  /** A new call the PBX offered and handed to the test's tree (events 1 and 2). */
  private static UUID callInTheTree() {
    UUID call = UUID.randomUUID();
    post(call, 1, "OFFERED", null);
    post(call, 2, "IVR_STARTED", treeId);
    return call;
  }

  private static JsonNode post(UUID call, long sequence, String type, String detail) {
    String body = event(call, sequence, type, detail);
    HttpResponse<String> response = Http.postJson(EVENTS, body, pbx.token(), signed(body));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(Http.json(response).get("outcome").asText()).as(response.body()).isEqualTo("APPLIED");
    return Http.json(response);
  }

  private static String event(UUID call, long sequence, String type, String detail) {
    return "{\"callId\":\"" + call + "\",\"sequence\":" + sequence + ",\"occurredAt\":\"" + Instant.now()
        + "\",\"type\":\"" + type + "\"" + (detail == null ? "" : ",\"detail\":\"" + detail + "\"") + "}";
  }

  private static Map<String, String> signed(String body) {
    return Map.of("Confidant-Signature", Signatures.header(secret, body, Instant.now()));
  }

  /** The call's commands of the type as stored for delivery, oldest first. */
  private static List<JsonNode> commands(UUID call, String type) throws SQLException {
    return Database.column("SELECT payload FROM connector_command WHERE call_id = ? AND type = '" + type + "'"
        + " ORDER BY created_at", call).stream().map(IvrFlowIT::parse).toList();
  }

  private static void logOutAgents() {
    AgentDesk.logOut(supervisor, ALEX, BLAKE);
  }

  private static JsonNode parse(String json) {
    try {
      return Http.JSON.readTree(json);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }
}
