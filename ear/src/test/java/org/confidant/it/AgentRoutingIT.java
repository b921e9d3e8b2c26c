package org.confidant.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confidant.it.support.AgentDesk.changeMyPresence;
import static org.confidant.it.support.AgentDesk.myPresence;
import static org.confidant.it.support.AgentDesk.presenceOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;
import org.confidant.it.support.AgentDesk;
import org.confidant.it.support.Database;
import org.confidant.it.support.Deployments;
import org.confidant.it.support.Http;
import org.confidant.it.support.Keycloak;
import org.confidant.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Calls a connector queues to one of Confidant's queues are routed to the agents the server keeps: offered to an
 * available agent, followed through answer and end into wrap-up; a call waits until an agent is free; an offer
 * that rings out (RONA, ring timeout 3 s in the tests) makes the agent not ready and goes to the next agent; a
 * call whose end never arrived is reconciled. Agents log in and change state through the REST API.
 */
@ExtendWith(ArquillianExtension.class)
class AgentRoutingIT {

  private static final URI EVENTS = TestEnvironment.publicUrl("/api/v1/telephony/events");
  private static final URI DEVICES = TestEnvironment.publicUrl("/api/v1/telephony/devices");
  private static final URI MY_PRESENCE = TestEnvironment.publicUrl("/api/v1/agents/me/presence");
  private static final String APPOINTMENTS = "00000000-0000-4000-8000-000000000201";
  private static final String NURSE_LINE = "00000000-0000-4000-8000-000000000203";
  private static final String ALEX = "00000000-0000-4000-8000-000000000301";
  private static final String BLAKE = "00000000-0000-4000-8000-000000000302";
  private static final Duration PATIENCE = Duration.ofSeconds(25);

  private static String telephony;
  private static String supervisor;
  private static String alex;
  private static String blake;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.confidantEar();
  }

  @BeforeAll
  static void tokens() {
    telephony = Keycloak.telephonyToken();
    supervisor = Keycloak.accessToken("demo.supervisor");
    alex = Keycloak.accessToken("demo.agent");
    blake = Keycloak.accessToken("demo.agent2");
  }

  @BeforeEach
  void everyoneLoggedOut() {
    AgentDesk.logOut(supervisor, ALEX, BLAKE);
  }

  @Test
  void aQueuedCallIsOfferedToTheAvailableAgentAndFollowedToWrapUp() throws SQLException {
    assertThat(changeMyPresence(blake, "AVAILABLE").get("state").asText()).isEqualTo("AVAILABLE");
    UUID call = UUID.randomUUID();

    post(call, 1, "OFFERED", null);
    post(call, 2, "QUEUED", NURSE_LINE);

    JsonNode offered = myPresence(blake);
    assertThat(offered.get("state").asText()).isEqualTo("RESERVED");
    assertThat(offered.get("callId").asText()).isEqualTo(call.toString());
    assertThat(routing(call)).isEqualTo("OFFERED " + BLAKE);

    post(call, 3, "RINGING", null);
    post(call, 4, "ANSWERED", null);
    assertThat(myPresence(blake).get("state").asText()).isEqualTo("ON_CALL");
    assertThat(routing(call)).isEqualTo("CONNECTED " + BLAKE);

    post(call, 5, "ENDED", "AGENT_HUNG_UP");
    JsonNode wrapUp = myPresence(blake);
    assertThat(wrapUp.get("state").asText()).isEqualTo("WRAP_UP");
    assertThat(Duration.between(Instant.parse(wrapUp.get("since").asText()),
        Instant.parse(wrapUp.get("wrapUpUntil").asText()))).as("the nurse line's wrap-up").hasSeconds(60);
    assertThat(routing(call)).isEqualTo("FINISHED " + BLAKE);
    assertThat(changeMyPresence(blake, "AVAILABLE").get("state").asText()).isEqualTo("AVAILABLE");
    assertThat(Database.scalar("SELECT count(*) FROM audit_entry WHERE action = 'agent.presence.available'"
        + " AND resource_id = ?", BLAKE)).isGreaterThanOrEqualTo(2);
  }

  @Test
  void aCallWaitsForAFreeAgentAndRingNoAnswerMovesItToTheNextAgentInItsPlace() throws SQLException {
    UUID call = UUID.randomUUID();
    post(call, 1, "OFFERED", null);
    post(call, 2, "QUEUED", APPOINTMENTS);
    assertThat(routing(call)).as("no agent yet").isEqualTo("WAITING null");

    assertThat(changeMyPresence(alex, "AVAILABLE").get("state").asText()).as("offered at once").isEqualTo("RESERVED");
    assertThat(changeMyPresence(blake, "AVAILABLE").get("state").asText()).isEqualTo("AVAILABLE");

    JsonNode rona = awaitPresence(alex, presence -> "NOT_READY".equals(presence.get("state").asText()));
    assertThat(rona.get("reasonCode").asText()).isEqualTo("RONA");
    JsonNode next = awaitPresence(blake, presence -> "RESERVED".equals(presence.get("state").asText()));
    assertThat(next.get("callId").asText()).isEqualTo(call.toString());
    assertThat(Database.scalar("SELECT offers FROM call_routing WHERE call_id = ?", call)).isEqualTo(2);

    post(call, 3, "ENDED", "CALLER_HUNG_UP");
    assertThat(myPresence(blake).get("state").asText()).as("offer withdrawn").isEqualTo("AVAILABLE");
    assertThat(Database.column("SELECT state FROM call WHERE id = ?", call)).containsExactly("ABANDONED");
    assertThat(routing(call)).isEqualTo("FINISHED null");
  }

  @Test
  void presenceRequestsTheStateDoesNotAllowAreRefusedAndChangeNothing() {
    changeMyPresence(blake, "AVAILABLE");
    UUID call = UUID.randomUUID();
    post(call, 1, "OFFERED", null);
    post(call, 2, "QUEUED", NURSE_LINE);

    HttpResponse<String> logOut = Http.putJson(MY_PRESENCE, "{\"state\":\"LOGGED_OUT\"}", blake);
    assertThat(logOut.statusCode()).isEqualTo(409);
    assertThat(logOut.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    HttpResponse<String> nonsense = Http.putJson(MY_PRESENCE, "{\"state\":\"SLEEPING\"}", blake);
    assertThat(nonsense.statusCode()).isEqualTo(400);
    assertThat(Http.json(nonsense).get("violations").findValuesAsText("field")).containsExactly("state");
    assertThat(Http.putJson(MY_PRESENCE, "{\"state\":\"AVAILABLE\"}", supervisor).statusCode())
        .as("a supervisor is not an agent").isEqualTo(403);
    HttpResponse<String> unknownQueue = Http.postJson(EVENTS, event(call, 3, "QUEUED", UUID.randomUUID().toString()),
        telephony);
    assertThat(unknownQueue.statusCode()).isEqualTo(400);
    assertThat(myPresence(blake).get("state").asText()).isEqualTo("RESERVED");

    JsonNode forced = Http.json(Http.putJson(presenceOf(BLAKE), "{\"state\":\"NOT_READY\"}", supervisor));
    assertThat(forced.get("state").asText()).as("not ready waits for the call to end").isEqualTo("RESERVED");
    post(call, 3, "ENDED", "CALLER_HUNG_UP");
    JsonNode after = myPresence(blake);
    assertThat(after.get("state").asText()).isEqualTo("NOT_READY");
    assertThat(after.get("reasonCode").asText()).isEqualTo("SUPERVISOR");
  }

  @Test
  void anAgentHeldByACallWhoseEndNeverArrivedIsFreedByReconciliation() throws SQLException {
    changeMyPresence(blake, "AVAILABLE");
    UUID call = UUID.randomUUID();
    post(call, 1, "OFFERED", null);
    post(call, 2, "QUEUED", NURSE_LINE);
    post(call, 3, "RINGING", null);
    post(call, 4, "ANSWERED", null);
    assertThat(myPresence(blake).get("state").asText()).isEqualTo("ON_CALL");

    // The PBX lost the call's end: the call is over, but no ENDED event will ever come.
    try (var db = TestEnvironment.database();
        var update = db.prepareStatement("UPDATE call SET state = 'ENDED', end_cause = 'AGENT_HUNG_UP',"
            + " ended_at = now() WHERE id = ?")) {
      update.setObject(1, call);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }

    JsonNode freed = awaitPresence(blake, presence -> !"ON_CALL".equals(presence.get("state").asText()));
    assertThat(freed.get("state").asText()).as("into the nurse line's wrap-up").isEqualTo("WRAP_UP");
    assertThat(routing(call)).isEqualTo("FINISHED " + BLAKE);
    assertThat(Database.scalar("SELECT count(*) FROM audit_entry WHERE action = 'routing.reconciled'"
        + " AND resource_id = ? AND actor = 'system'", call.toString())).isEqualTo(1);
  }

  @Test
  void aPhoneThatUnregistersHandsItsRingingCallToTheNextAgentAndMakesItsAgentNotReady() {
    UUID call = UUID.randomUUID();
    post(call, 1, "OFFERED", null);
    post(call, 2, "QUEUED", APPOINTMENTS);
    changeMyPresence(alex, "AVAILABLE");
    changeMyPresence(blake, "AVAILABLE");
    assertThat(myPresence(alex).get("callId").asText()).isEqualTo(call.toString());

    HttpResponse<String> lost = Http.postJson(DEVICES, "{\"extension\":\"1001\",\"state\":\"UNREGISTERED\"}",
        telephony);

    assertThat(lost.statusCode()).as(lost.body()).isEqualTo(200);
    assertThat(Http.json(lost).get("state").asText()).isEqualTo("NOT_READY");
    assertThat(Http.json(lost).get("reasonCode").asText()).isEqualTo("DEVICE_UNREGISTERED");
    assertThat(myPresence(blake).get("callId").asText()).as("re-offered at once").isEqualTo(call.toString());
    assertThat(Http.postJson(DEVICES, "{\"extension\":\"9999\",\"state\":\"UNREGISTERED\"}", telephony)
        .statusCode()).isEqualTo(404);
    assertThat(Http.postJson(DEVICES, "{\"extension\":\"1001\",\"state\":\"GONE\"}", telephony).statusCode())
        .isEqualTo(400);
    post(call, 3, "ENDED", "CALLER_HUNG_UP");
  }

  @Test
  void supervisorsSeeTheFloorAndAgentsDoNot() {
    changeMyPresence(alex, "NOT_READY", "BREAK");
    HttpResponse<String> floor = Http.get(TestEnvironment.publicUrl("/api/v1/agents/presence"), supervisor);
    assertThat(floor.statusCode()).isEqualTo(200);
    JsonNode alexOnTheFloor = null;
    for (JsonNode agent : Http.json(floor)) {
      if (ALEX.equals(agent.get("agentId").asText())) {
        alexOnTheFloor = agent;
      }
    }
    assertThat(alexOnTheFloor).isNotNull();
    assertThat(alexOnTheFloor.get("state").asText()).isEqualTo("NOT_READY");
    assertThat(alexOnTheFloor.get("reasonCode").asText()).isEqualTo("BREAK");
    assertThat(Http.get(TestEnvironment.publicUrl("/api/v1/agents/presence"), alex).statusCode()).isEqualTo(403);
    HttpResponse<String> unknownReason = Http.putJson(MY_PRESENCE, "{\"state\":\"NOT_READY\",\"reasonCode\":\"NAP\"}",
        alex);
    assertThat(unknownReason.statusCode()).as("only configured reason codes").isEqualTo(409);
  }

  // --------------------------------------------------------------------------------------------- helpers

  private static JsonNode awaitPresence(String agentToken, Predicate<JsonNode> condition) {
    return AgentDesk.awaitPresence(agentToken, condition, PATIENCE);
  }

  private static String routing(UUID call) throws SQLException {
    return String.join(" ", Database.column("SELECT status || ' ' || coalesce(agent_id::text, 'null')"
        + " FROM call_routing WHERE call_id = ?", call));
  }

  private static void post(UUID call, long sequence, String type, String detail) {
    HttpResponse<String> response = Http.postJson(EVENTS, event(call, sequence, type, detail), telephony);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(Http.json(response).get("outcome").asText()).as(response.body()).isEqualTo("APPLIED");
  }

  private static String event(UUID call, long sequence, String type, String detail) {
    return "{\"callId\":\"" + call + "\",\"sequence\":" + sequence + ",\"occurredAt\":\"" + Instant.now()
        + "\",\"type\":\"" + type + "\"" + (detail == null ? "" : ",\"detail\":\"" + detail + "\"") + "}";
  }
}
