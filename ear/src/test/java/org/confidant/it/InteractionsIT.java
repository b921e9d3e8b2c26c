package org.confidant.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;
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
 * Automatic call logging: every call, answered or abandoned, leaves exactly one interaction with its phases' times
 * and totals (taken from the events' own times), its agents, holds and transfers; the call's agent gives it a
 * disposition and a note (stored only as ciphertext); a webhook subscriber receives a signed InteractionCompleted.
 */
@ExtendWith(ArquillianExtension.class)
class InteractionsIT {

  private static final URI EVENTS = TestEnvironment.publicUrl("/api/v1/telephony/events");
  private static final URI MY_PRESENCE = TestEnvironment.publicUrl("/api/v1/agents/me/presence");
  private static final String APPOINTMENTS = "00000000-0000-4000-8000-000000000201";
  private static final String NURSE_LINE = "00000000-0000-4000-8000-000000000203";
  private static final String ALEX = "00000000-0000-4000-8000-000000000301";
  private static final String BLAKE = "00000000-0000-4000-8000-000000000302";
  private static final String NOTE = "Caller asked to move the insulin review to Friday";
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private static String telephony;
  private static String supervisor;
  private static String admin;
  private static String alex;
  private static String blake;
  private static ConnectorCallback subscriber;
  private static String secret;
  private static String disposition;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.confidantEar();
  }

  @BeforeAll
  static void subscriberAndDispositionCode() {
    telephony = Keycloak.telephonyToken();
    supervisor = Keycloak.accessToken("demo.supervisor");
    admin = Keycloak.accessToken("demo.admin");
    alex = Keycloak.accessToken("demo.agent");
    blake = Keycloak.accessToken("demo.agent2");
    subscriber = new ConnectorCallback();
    HttpResponse<String> subscribed = Http.postJson(TestEnvironment.publicUrl("/api/v1/webhook-subscriptions"),
        "{\"url\":\"" + subscriber.url("/hooks") + "\",\"eventTypes\":[\"InteractionCompleted\"]}", admin);
    assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(201);
    secret = Http.json(subscribed).get("signingSecret").asText();
    disposition = "BOOKED_" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    HttpResponse<String> code = Http.postJson(TestEnvironment.publicUrl("/api/v1/disposition-codes"),
        "{\"code\":\"" + disposition + "\",\"label\":\"Appointment booked\"}", admin);
    assertThat(code.statusCode()).as(code.body()).isEqualTo(201);
  }

  @AfterAll
  static void stopSubscriber() {
    subscriber.close();
  }

  @BeforeEach
  void everyoneLoggedOut() {
    for (String agent : new String[] {ALEX, BLAKE}) {
      HttpResponse<String> out = Http.putJson(TestEnvironment.publicUrl("/api/v1/agents/" + agent + "/presence"),
          "{\"state\":\"LOGGED_OUT\"}", supervisor);
      assertThat(out.statusCode()).as(out.body()).isEqualTo(200);
    }
  }

  @Test
  void anAnsweredCallWithAHoldAndATransferLeavesOneCompleteInteractionItsAgentDescribes()
      throws SQLException, IOException {
    available(alex);
    UUID call = UUID.randomUUID();
    Instant t0 = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    post(call, 1, t0, "OFFERED", null);
    post(call, 2, t0.plusSeconds(2), "QUEUED", APPOINTMENTS);
    post(call, 3, t0.plusSeconds(5), "RINGING", null);
    post(call, 4, t0.plusSeconds(9), "ANSWERED", null);
    post(call, 5, t0.plusSeconds(30), "HELD", null);
    post(call, 6, t0.plusSeconds(40), "RESUMED", null);
    post(call, 7, t0.plusSeconds(50), "TRANSFERRED", null);
    available(blake);
    post(call, 8, t0.plusSeconds(51), "QUEUED", NURSE_LINE);
    post(call, 9, t0.plusSeconds(54), "RINGING", null);
    post(call, 10, t0.plusSeconds(56), "ANSWERED", null);
    post(call, 11, t0.plusSeconds(100), "ENDED", "AGENT_HUNG_UP");

    assertThat(Database.scalar("SELECT count(*) FROM interaction WHERE call_id = ?", call)).isEqualTo(1);
    JsonNode record = interaction(call, supervisor);
    assertThat(record.get("phase").asText()).isEqualTo("ENDED");
    assertThat(Instant.parse(record.get("offeredAt").asText())).isEqualTo(t0);
    assertThat(Instant.parse(record.get("queuedAt").asText())).isEqualTo(t0.plusSeconds(2));
    assertThat(Instant.parse(record.get("ringingAt").asText())).isEqualTo(t0.plusSeconds(5));
    assertThat(Instant.parse(record.get("connectedAt").asText())).isEqualTo(t0.plusSeconds(9));
    assertThat(Instant.parse(record.get("transferredAt").asText())).isEqualTo(t0.plusSeconds(50));
    assertThat(Instant.parse(record.get("endedAt").asText())).isEqualTo(t0.plusSeconds(100));
    assertThat(record.get("queueMillis").asLong()).as("2→5 and 51→54").isEqualTo(6_000);
    assertThat(record.get("ringMillis").asLong()).as("5→9 and 54→56").isEqualTo(6_000);
    assertThat(record.get("talkMillis").asLong()).as("9→30, 40→50, 56→100").isEqualTo(75_000);
    assertThat(record.get("holdMillis").asLong()).isEqualTo(10_000);
    assertThat(record.get("transfers").asInt()).isEqualTo(1);
    assertThat(record.get("abandoned").asBoolean()).isFalse();
    assertThat(record.get("endCause").asText()).isEqualTo("AGENT_HUNG_UP");
    assertThat(texts(record.get("queues"))).containsExactly(APPOINTMENTS, NURSE_LINE);
    assertThat(record.get("participants").findValuesAsText("agentId")).containsExactly(ALEX, BLAKE);
    assertThat(record.get("participants").get(0).hasNonNull("answeredAt")).isTrue();
    assertThat(record.get("participants").get(0).hasNonNull("wrapUpStartedAt")).as("alex wraps up after the transfer")
        .isTrue();
    assertThat(record.get("holds")).hasSize(1);

    HttpResponse<String> chosen = Http.putJson(uri(call, "/disposition"), "{\"code\":\"" + disposition + "\"}", alex);
    assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
    HttpResponse<String> noted = Http.postJson(uri(call, "/notes"), "{\"text\":\"" + NOTE + "\"}", alex);
    assertThat(noted.statusCode()).as(noted.body()).isEqualTo(201);
    assertThat(Http.putJson(uri(call, "/disposition"), "{\"code\":\"NO_SUCH_CODE\"}", alex).statusCode())
        .isEqualTo(409);
    assertThat(Http.get(uri(call, ""), admin).statusCode()).as("admins do not read the call log").isEqualTo(403);

    JsonNode described = interaction(call, supervisor);
    assertThat(described.get("dispositionCode").asText()).isEqualTo(disposition);
    assertThat(described.get("notes").findValuesAsText("text")).containsExactly(NOTE);
    assertThat(Database.scalar("SELECT count(*) FROM interaction_note WHERE call_id = ?"
        + " AND position(convert_to('insulin', 'UTF8') in ciphertext) > 0", call)).as("no plaintext").isZero();
    assertThat(Database.scalar("SELECT count(*) FROM interaction_note WHERE call_id = ?", call)).isEqualTo(1);
    assertThat(Database.scalar("SELECT count(*) FROM audit_entry WHERE action = 'interaction.note.added'"
        + " AND resource_id = ?", call.toString())).isEqualTo(1);

    ConnectorCallback.Received completed = awaitWebhook(call);
    Instant signedAt = Instant.ofEpochSecond(Long.parseLong(completed.signature().split(",")[0].substring(2)));
    assertThat(completed.signature()).isEqualTo(Signatures.header(secret, completed.body(), signedAt));
    JsonNode envelope = Http.JSON.readTree(completed.body().getBytes(StandardCharsets.UTF_8));
    assertThat(envelope.get("type").asText()).isEqualTo("InteractionCompleted");
    JsonNode payload = Http.JSON.readTree(envelope.get("payload").asText().getBytes(StandardCharsets.UTF_8));
    assertThat(payload.get("talkMillis").asLong()).isEqualTo(75_000);
  }

  @Test
  void aCallerWhoHangsUpInTheQueueLeavesOneAbandonedInteraction() throws SQLException {
    UUID call = UUID.randomUUID();
    Instant t0 = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    post(call, 1, t0, "OFFERED", null);
    post(call, 2, t0.plusSeconds(1), "QUEUED", APPOINTMENTS);
    post(call, 3, t0.plusSeconds(31), "ENDED", "CALLER_HUNG_UP");

    assertThat(Database.scalar("SELECT count(*) FROM interaction WHERE call_id = ?", call)).isEqualTo(1);
    JsonNode record = interaction(call, supervisor);
    assertThat(record.get("phase").asText()).isEqualTo("ABANDONED");
    assertThat(record.get("abandoned").asBoolean()).isTrue();
    assertThat(record.get("queueMillis").asLong()).isEqualTo(30_000);
    assertThat(record.hasNonNull("connectedAt")).isFalse();
    assertThat(Instant.parse(record.get("endedAt").asText())).isEqualTo(t0.plusSeconds(31));
    assertThat(record.get("participants")).isEmpty();
    HttpResponse<String> search = Http.get(TestEnvironment.publicUrl("/api/v1/interactions?queue=" + APPOINTMENTS
        + "&from=" + t0.minusSeconds(1) + "&to=" + t0.plusSeconds(1)), supervisor);
    assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
    assertThat(Http.json(search).findValuesAsText("callId")).contains(call.toString());
    assertThat(Http.get(uri(call, ""), alex).statusCode()).as("alex was never offered it").isEqualTo(403);
    awaitWebhook(call);
  }

  // --------------------------------------------------------------------------------------------- helpers

  private static ConnectorCallback.Received awaitWebhook(UUID call) {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      for (ConnectorCallback.Received request : subscriber.receivedAt("/hooks")) {
        if (request.body().contains(call.toString())) {
          return request;
        }
      }
      Database.pause(Duration.ofMillis(200));
    }
    throw new AssertionError("no InteractionCompleted webhook for call " + call);
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  private static URI uri(UUID call, String rest) {
    return TestEnvironment.publicUrl("/api/v1/interactions/" + call + rest);
  }

  private static JsonNode interaction(UUID call, String token) {
    HttpResponse<String> response = Http.get(uri(call, ""), token);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response);
  }

  private static void available(String agentToken) {
    HttpResponse<String> response = Http.putJson(MY_PRESENCE, "{\"state\":\"AVAILABLE\"}", agentToken);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  private static void post(UUID call, long sequence, Instant at, String type, String detail) {
    String body = "{\"callId\":\"" + call + "\",\"sequence\":" + sequence + ",\"occurredAt\":\"" + at
        + "\",\"type\":\"" + type + "\"" + (detail == null ? "" : ",\"detail\":\"" + detail + "\"") + "}";
    HttpResponse<String> response = Http.postJson(EVENTS, body, telephony);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(Http.json(response).get("outcome").asText()).as(response.body()).isEqualTo("APPLIED");
  }
}
