package org.confidant.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The HTTP CTI API as a newly integrated PBX uses it: an admin registers the PBX's client as a connector and hands
 * it the signing secret; the PBX signs its events (badly signed ones are refused and store nothing), retries with
 * an idempotency key (applied once), and receives signed commands at its callback — retried, dead-lettered when
 * the callback keeps failing, and replayed by an admin.
 */
@ExtendWith(ArquillianExtension.class)
class ConnectorCommandsIT {

  private static final URI EVENTS = TestEnvironment.publicUrl("/api/v1/telephony/events");
  private static final String NURSE_LINE = "00000000-0000-4000-8000-000000000203";
  private static final String BLAKE = "00000000-0000-4000-8000-000000000302";
  private static final URI CONNECTORS = TestEnvironment.publicUrl("/api/v1/connectors");
  private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

  private static ConnectorCallback callback;
  private static Keycloak.TelephonyClient pbx;
  private static String admin;
  private static String connectorId;
  private static String secret;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.confidantEar();
  }

  @BeforeAll
  static void registerThePbx() {
    callback = new ConnectorCallback();
    pbx = Keycloak.createTelephonyClient();
    admin = Keycloak.accessToken("demo.admin");
    JsonNode issued = register(pbx.clientId(), "/commands");
    connectorId = issued.get("connector").get("id").asText();
    secret = issued.get("signingSecret").asText();
  }

  @AfterAll
  static void stopTheCallback() {
    if (callback != null) {
      callback.close();
    }
  }

  @Test
  void aSignedEventIsAppliedAndTheCallRemembersItsConnector() throws SQLException {
    UUID call = UUID.randomUUID();
    String body = event(call, 1, "OFFERED");

    HttpResponse<String> response = post(body, Map.of("Confidant-Signature", sign(body, Instant.now())));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(Http.json(response).get("outcome").asText()).isEqualTo("APPLIED");
    assertThat(Database.column("SELECT connector_id FROM connector_call WHERE call_id = ?", call))
        .containsExactly(connectorId);
  }

  @Test
  void missingWrongTamperedOrStaleSignaturesAreRefusedWith401AndStoreNothing() throws SQLException {
    UUID call = UUID.randomUUID();
    String body = event(call, 1, "OFFERED");
    String tampered = event(call, 2, "OFFERED");
    Instant now = Instant.now();

    List<HttpResponse<String>> refused = List.of(
        post(body, Map.of()),
        post(body, Map.of("Confidant-Signature", "t=" + now.getEpochSecond() + ",v1=" + "0".repeat(64))),
        post(tampered, Map.of("Confidant-Signature", sign(body, now))),
        post(body, Map.of("Confidant-Signature", sign(body, now.minus(Duration.ofMinutes(6))))),
        post(body, Map.of("Confidant-Signature", signWith("not-the-secret", body, now))));

    assertThat(refused).allSatisfy(response -> {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(response.body()).doesNotContain(secret, "Exception");
    });
    assertThat(Http.json(refused.get(3)).get("detail").asText()).contains("5 minutes");
    assertThat(Database.scalar("SELECT count(*) FROM call_event WHERE call_id = ?", call)).isZero();
  }

  @Test
  void theSameIdempotencyKeyTwiceAppliesOnceAndAnswersTheSame() throws SQLException {
    UUID call = UUID.randomUUID();
    String body = event(call, 1, "OFFERED");
    String key = "offer-" + call;

    HttpResponse<String> first = post(body, Map.of("Confidant-Signature", sign(body, Instant.now()),
        "Idempotency-Key", key));
    HttpResponse<String> retry = post(body, Map.of("Confidant-Signature", sign(body, Instant.now()),
        "Idempotency-Key", key));

    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
    assertThat(Http.json(retry)).isEqualTo(Http.json(first));
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(Database.scalar("SELECT count(*) FROM call_event WHERE call_id = ?", call)).isEqualTo(1);
    assertThat(Database.scalar("SELECT duplicate_events FROM call WHERE id = ?", call)).as("never re-applied")
        .isZero();
  }

  @Test
  void anIdempotencyKeyReusedForAnotherEventIsRefused() throws SQLException {
    UUID call = UUID.randomUUID();
    String first = event(call, 1, "OFFERED");
    String other = event(call, 2, "QUEUED");
    String key = "reused-" + call;
    post(first, Map.of("Confidant-Signature", sign(first, Instant.now()), "Idempotency-Key", key));

    HttpResponse<String> reused = post(other, Map.of("Confidant-Signature", sign(other, Instant.now()),
        "Idempotency-Key", key));
    HttpResponse<String> badKey = post(other, Map.of("Confidant-Signature", sign(other, Instant.now()),
        "Idempotency-Key", "x".repeat(256)));

    assertThat(reused.statusCode()).as(reused.body()).isEqualTo(422);
    assertThat(badKey.statusCode()).as(badKey.body()).isEqualTo(400);
    assertThat(Database.scalar("SELECT count(*) FROM call_event WHERE call_id = ?", call)).isEqualTo(1);
  }

  @Test
  void aTestCommandArrivesAtTheCallbackSignedWithTheConnectorsSecret() throws SQLException {
    HttpResponse<String> accepted = Http.postJson(
        TestEnvironment.publicUrl("/api/v1/connectors/" + connectorId + "/test-command"), "", admin);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String commandId = Http.json(accepted).get("commandId").asText();

    ConnectorCallback.Received received = callback.await(commandId, Duration.ofSeconds(20));

    JsonNode payload = parse(received.body());
    assertThat(payload.get("type").asText()).isEqualTo("PING");
    assertThat(payload.get("commandId").asText()).isEqualTo(commandId);
    assertThat(payload.get("connectorId").asText()).isEqualTo(connectorId);
    assertThat(verifies(received.signature(), received.body(), secret)).as(received.signature()).isTrue();
    awaitStatus(commandId, "DELIVERED");
  }

  @Test
  void aCallQueuedToAConfidantQueueRingsTheChosenAgentsPhoneThroughTheConnector() throws SQLException {
    String blake = Keycloak.accessToken("demo.agent2");
    HttpResponse<String> ready = Http.putJson(TestEnvironment.publicUrl("/api/v1/agents/me/presence"),
        "{\"state\":\"AVAILABLE\"}", blake);
    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    UUID call = UUID.randomUUID();
    String offered = event(call, 1, "OFFERED");
    String queued = "{\"callId\":\"" + call + "\",\"sequence\":2,\"occurredAt\":\"" + T0.plusSeconds(2)
        + "\",\"type\":\"QUEUED\",\"detail\":\"" + NURSE_LINE + "\"}";

    post(offered, Map.of("Confidant-Signature", sign(offered, Instant.now())));
    post(queued, Map.of("Confidant-Signature", sign(queued, Instant.now())));

    List<String> commands = Database.column("SELECT id::text FROM connector_command WHERE call_id = ?"
        + " AND type = 'DELIVER_TO_AGENT'", call);
    assertThat(commands).as("one offer, one command").hasSize(1);
    JsonNode delivered = parse(callback.await(commands.get(0), Duration.ofSeconds(20)).body());
    assertThat(delivered.get("callId").asText()).isEqualTo(call.toString());
    assertThat(delivered.get("target").asText()).as("Blake's extension").isEqualTo("1002");
    assertThat(delivered.get("parameters").get("agentId").asText()).isEqualTo(BLAKE);

    String ended = "{\"callId\":\"" + call + "\",\"sequence\":3,\"occurredAt\":\"" + T0.plusSeconds(3)
        + "\",\"type\":\"ENDED\",\"detail\":\"CALLER_HUNG_UP\"}";
    post(ended, Map.of("Confidant-Signature", sign(ended, Instant.now())));
    assertThat(Http.putJson(TestEnvironment.publicUrl("/api/v1/agents/me/presence"), "{\"state\":\"LOGGED_OUT\"}",
        blake).statusCode()).isEqualTo(200);
  }

  @Test
  void aCallbackThatKeepsFailingIsRetriedThenDeadLetteredAndCanBeReplayed() throws SQLException {
    String failingPath = "/failing-" + UUID.randomUUID();
    callback.answer(failingPath, 500);
    String failing = register("it-failing-" + UUID.randomUUID().toString().substring(0, 8), failingPath)
        .get("connector").get("id").asText();

    String commandId = Http.json(Http.postJson(
        TestEnvironment.publicUrl("/api/v1/connectors/" + failing + "/test-command"), "", admin))
        .get("commandId").asText();
    awaitStatus(commandId, "FAILED");

    assertThat(callback.receivedAt(failingPath)).as("3 attempts in the test environment").hasSize(3);
    JsonNode dead = Http.json(Http.get(TestEnvironment.publicUrl("/api/v1/connectors/dead-commands"), admin));
    assertThat(dead.findValuesAsText("commandId")).contains(commandId);
    assertThat(dead.findValuesAsText("lastError")).contains("the callback answered HTTP 500");

    callback.answer(failingPath, 200);
    HttpResponse<String> replayed = Http.postJson(
        TestEnvironment.publicUrl("/api/v1/connectors/dead-commands/" + commandId + "/replay"), "", admin);
    assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(200);
    awaitStatus(commandId, "DELIVERED");
    assertThat(callback.receivedAt(failingPath)).hasSize(4);
  }

  @Test
  void adminsManageConnectorsWithOptimisticLockingAndEveryChangeIsAudited() throws SQLException {
    JsonNode issued = register("it-registry-" + UUID.randomUUID().toString().substring(0, 8), "/registry");
    String id = issued.get("connector").get("id").asText();
    URI connector = TestEnvironment.publicUrl("/api/v1/connectors/" + id);
    String change = "{\"version\":0,\"callbackUrl\":\"" + callback.url("/registry-2")
        + "\",\"commands\":[\"HOLD\",\"RESUME\"]}";

    JsonNode read = Http.json(Http.get(connector, admin));
    HttpResponse<String> changed = Http.putJson(connector, change, admin);
    HttpResponse<String> stale = Http.putJson(connector, change, admin);
    JsonNode rotated = Http.json(Http.postJson(URI.create(connector + "/rotate-secret"), "", admin));
    HttpResponse<String> deactivated = Http.postJson(URI.create(connector + "/deactivate"), "", admin);

    assertThat(read.has("signingSecret")).isFalse();
    assertThat(Http.get(CONNECTORS, admin).body()).doesNotContain(issued.get("signingSecret").asText());
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(Http.json(changed).get("commands").toString()).isEqualTo("[\"HOLD\",\"RESUME\"]");
    assertThat(Http.json(changed).get("version").asLong()).isEqualTo(1);
    assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
    assertThat(rotated.get("signingSecret").asText()).matches("[0-9a-f]{64}")
        .isNotEqualTo(issued.get("signingSecret").asText());
    assertThat(Http.json(deactivated).get("active").asBoolean()).isFalse();
    assertThat(Database.column("SELECT action FROM audit_entry WHERE resource_type = 'connector'"
        + " AND resource_id = ? ORDER BY id", id))
        .containsExactly("connector.registered", "connector.changed", "connector.secret.rotated",
            "connector.deactivated");
  }

  @Test
  void onlyAdminsManageConnectorsAndPlainHttpCallbacksMustBeLoopback() {
    String supervisor = Keycloak.accessToken("demo.supervisor");
    String remote = "{\"name\":\"Remote PBX\",\"clientId\":\"it-remote\",\"callbackUrl\":"
        + "\"http://pbx.example.org/commands\",\"commands\":[\"ANSWER\"]}";

    assertThat(Http.get(CONNECTORS, supervisor).statusCode()).isEqualTo(403);
    assertThat(Http.get(CONNECTORS, pbx.token()).statusCode()).isEqualTo(403);
    HttpResponse<String> refused = Http.postJson(CONNECTORS, remote, admin);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(Http.json(refused).get("detail").asText()).contains("https");
  }

  @Test
  void theOpenApiDescriptionIsPublished() {
    HttpResponse<String> description = Http.send(
        HttpRequest.newBuilder(TestEnvironment.publicUrl("/api/v1/openapi.yaml")).header("Accept", "application/yaml")
            .GET().build());

    assertThat(description.statusCode()).isEqualTo(200);
    assertThat(description.body()).startsWith("openapi: 3.1").contains("/telephony/events", "Confidant-Signature",
        "Idempotency-Key", "CommandWebhook");
  }

  // --------------------------------------------------------------------------------------------- helpers

  private static JsonNode register(String clientId, String callbackPath) {
    String body = "{\"name\":\"PBX " + clientId + "\",\"clientId\":\"" + clientId + "\",\"callbackUrl\":\""
        + callback.url(callbackPath) + "\",\"commands\":[\"ANSWER\",\"HANG_UP\",\"DELIVER_TO_AGENT\"]}";
    HttpResponse<String> created = Http.postJson(CONNECTORS, body, admin);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).isPresent();
    return Http.json(created);
  }

  private static HttpResponse<String> post(String body, Map<String, String> headers) {
    return Http.postJson(EVENTS, body, pbx.token(), headers);
  }

  private static String event(UUID call, long sequence, String type) {
    return "{\"callId\":\"" + call + "\",\"sequence\":" + sequence + ",\"occurredAt\":\"" + T0.plusSeconds(sequence)
        + "\",\"type\":\"" + type + "\"}";
  }

  private static String sign(String body, Instant time) {
    return signWith(secret, body, time);
  }

  private static String signWith(String key, String body, Instant time) {
    return Signatures.header(key, body, time);
  }

  private static boolean verifies(String header, String body, String key) {
    String time = header.replaceAll(".*t=(\\d+).*", "$1");
    Instant sent = Instant.ofEpochSecond(Long.parseLong(time));
    return header.contains("v1=" + Signatures.hmac(key, time + "." + body))
        && Duration.between(sent, Instant.now()).abs().compareTo(Duration.ofMinutes(5)) < 0;
  }

  private static JsonNode parse(String json) {
    try {
      return Http.JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  private static void awaitStatus(String commandId, String status) throws SQLException {
    Instant deadline = Instant.now().plusSeconds(30);
    UUID id = UUID.fromString(commandId);
    while (!Database.column("SELECT status FROM connector_command WHERE id = ?", id).contains(status)
        && Instant.now().isBefore(deadline)) {
      Database.pause(Duration.ofMillis(250));
    }
    assertThat(Database.column("SELECT status FROM connector_command WHERE id = ?", id)).containsExactly(status);
  }
}
