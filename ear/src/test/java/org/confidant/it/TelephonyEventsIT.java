package org.confidant.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * The HTTP CTI API in the real server: a telephony client posts call events with its client-credentials token;
 * events apply in order, once, never half; every applied event is published on the JMS topic in the same
 * transaction and reaches the durable consumer exactly once.
 */
@ExtendWith(ArquillianExtension.class)
class TelephonyEventsIT {

  private static final URI EVENTS = TestEnvironment.publicUrl("/api/v1/telephony/events");
  private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
  private static String telephony;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.confidantEar();
  }

  @BeforeAll
  static void token() {
    telephony = Keycloak.telephonyToken();
  }

  @Test
  void aWholeCallAppliesInOrderEvenWhenDeliveredOutOfOrderAndTwice() throws SQLException {
    UUID call = UUID.randomUUID();
    assertThat(post(call, 1, 0, "OFFERED", null).get("outcome").asText()).isEqualTo("APPLIED");
    assertThat(post(call, 2, 3, "IVR_STARTED", null).get("outcome").asText()).isEqualTo("APPLIED");
    assertThat(post(call, 4, 25, "RINGING", null).get("outcome").asText()).as("3 is missing").isEqualTo("HELD");
    JsonNode filled = post(call, 3, 20, "QUEUED", null);
    assertThat(filled.get("released").asInt()).isEqualTo(1);
    assertThat(filled.get("callState").asText()).isEqualTo("RINGING");
    assertThat(post(call, 3, 20, "QUEUED", null).get("outcome").asText()).isEqualTo("DUPLICATE");
    assertThat(post(call, 5, 30, "ANSWERED", null).get("outcome").asText()).isEqualTo("APPLIED");
    assertThat(post(call, 6, 40, "RESUMED", null).get("outcome").asText()).as("not held").isEqualTo("REJECTED");
    assertThat(post(call, 7, 50, "HELD", null).get("outcome").asText()).isEqualTo("APPLIED");
    assertThat(post(call, 8, 80, "RESUMED", null).get("outcome").asText()).isEqualTo("APPLIED");
    JsonNode ended = post(call, 9, 200, "ENDED", "AGENT_HUNG_UP");

    assertThat(ended.get("callState").asText()).isEqualTo("ENDED");
    assertThat(Database.column("SELECT state FROM call_phase WHERE call_id = ? ORDER BY ordinal", call)).containsExactly("OFFERED", "IVR", "QUEUED", "RINGING", "CONNECTED", "HELD", "CONNECTED",
        "ENDED");
    assertThat(Database.scalar("SELECT duplicate_events FROM call WHERE id = ?", call)).isEqualTo(1);
    assertThat(Database.scalar("SELECT count(*) FROM call_event WHERE call_id = ? AND outcome = 'REJECTED'", call)).isEqualTo(1);
  }

  @Test
  void aGapThatNeverFillsIsGivenUpAfterThePatienceAndTheCallMovesOn() throws SQLException {
    UUID call = UUID.randomUUID();
    post(call, 1, 0, "OFFERED", null);
    assertThat(post(call, 3, 10, "QUEUED", null).get("outcome").asText()).isEqualTo("HELD");

    Instant deadline = Instant.now().plusSeconds(30);
    while (!"QUEUED".equals(Database.column("SELECT state FROM call WHERE id = ?", call).get(0))
        && Instant.now().isBefore(deadline)) {
      Database.pause(java.time.Duration.ofMillis(500));
    }

    assertThat(Database.column("SELECT state FROM call WHERE id = ?", call)).containsExactly("QUEUED");
    assertThat(Database.scalar("SELECT lost_events FROM call WHERE id = ?", call)).isEqualTo(1);
    assertThat(post(call, 2, 5, "IVR_STARTED", null).get("outcome").asText()).as("too late now")
        .isEqualTo("DUPLICATE");
  }

  @Test
  void everyAppliedEventIsPublishedAndConsumedExactlyOnce() throws SQLException {
    List<UUID> calls = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      UUID call = UUID.randomUUID();
      calls.add(call);
      post(call, 1, 0, "OFFERED", null);
      post(call, 2, 5, "QUEUED", null);
      post(call, 2, 5, "QUEUED", null);
      post(call, 3, 60, "ENDED", "CALLER_HUNG_UP");
    }

    Set<UUID> published = Database.ids("SELECT published_event_id FROM call_event WHERE call_id = ANY(?)", calls);
    assertThat(published).hasSize(30);
    Set<UUID> consumed = Database.awaitConsumed(published);
    assertThat(consumed).isEqualTo(published);
    assertThat(Database.scalar("SELECT count(*) FROM call WHERE id = ANY(?) AND state = 'ABANDONED'", calls)).isEqualTo(10);
  }

  @Test
  void malformedEventsAreRefusedWithProblemDetailsAndStoreNothing() throws SQLException {
    UUID call = UUID.randomUUID();
    HttpResponse<String> unknownType = Http.postJson(EVENTS, body(call, 1, 0, "EXPLODED", null), telephony);
    HttpResponse<String> missingFields = Http.postJson(EVENTS, "{\"callId\":\"" + call + "\"}", telephony);
    HttpResponse<String> notJson = Http.postJson(EVENTS, "{\"callId\": ", telephony);
    HttpResponse<String> badCause = Http.postJson(EVENTS, body(call, 1, 0, "ENDED", "BORED"), telephony);

    assertThat(List.of(unknownType, missingFields, notJson, badCause)).allSatisfy(response -> {
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(response.body()).doesNotContain("Exception", "at org.");
    });
    assertThat(Http.json(missingFields).get("violations").findValuesAsText("field"))
        .contains("sequence", "occurredAt", "type");
    assertThat(Database.scalar("SELECT count(*) FROM call_event WHERE call_id = ?", call)).isZero();
  }

  @Test
  void onlyTelephonyClientsAndAdminsMayPostEvents() {
    String agent = Keycloak.accessToken("demo.agent");

    assertThat(Http.postJson(EVENTS, body(UUID.randomUUID(), 1, 0, "OFFERED", null), agent).statusCode())
        .isEqualTo(403);
    assertThat(Http.postJson(EVENTS, body(UUID.randomUUID(), 1, 0, "OFFERED", null), null).statusCode())
        .isEqualTo(401);
  }

  // --------------------------------------------------------------------------------------------- helpers

  private static JsonNode post(UUID call, long sequence, int second, String type, String detail) {
    HttpResponse<String> response = Http.postJson(EVENTS, body(call, sequence, second, type, detail), telephony);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response);
  }

  private static String body(UUID call, long sequence, int second, String type, String detail) {
    return "{\"callId\":\"" + call + "\",\"sequence\":" + sequence + ",\"occurredAt\":\"" + T0.plusSeconds(second)
        + "\",\"type\":\"" + type + "\"" + (detail == null ? "" : ",\"detail\":\"" + detail + "\"") + "}";
  }

}
