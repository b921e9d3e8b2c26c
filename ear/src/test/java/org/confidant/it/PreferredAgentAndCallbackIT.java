package org.confidant.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confidant.it.support.AgentDesk.changeMyPresence;
import static org.confidant.it.support.AgentDesk.myPresence;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.confidant.it.support.AgentDesk;
import org.confidant.it.support.Database;
import org.confidant.it.support.Deployments;
import org.confidant.it.support.Http;
import org.confidant.it.support.Keycloak;
import org.confidant.it.support.RegisteredPbx;
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
 * What a call may ask of routing through a registered PBX's events: a preferred agent gets the call alone until the
 * preference times out, then the queue's agents do; a call that waits too long in a queue overflowing to callbacks
 * (or whose caller asks for one) is hung up and called back — a DIAL to the caller's number, the agent's phone
 * first — when an agent frees, and the dialled call's events carry the callback to its end.
 */
@ExtendWith(ArquillianExtension.class)
class PreferredAgentAndCallbackIT {

  private static final String APPOINTMENTS = "00000000-0000-4000-8000-000000000201";
  private static final String ALEX = "00000000-0000-4000-8000-000000000301";
  private static final String BLAKE = "00000000-0000-4000-8000-000000000302";
  private static final Duration PATIENCE = Duration.ofSeconds(25);

  private static RegisteredPbx pbx;
  private static String supervisor;
  private static String alex;
  private static String blake;
  private static String callbackQueue;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.confidantEar();
  }

  @BeforeAll
  static void registerThePbxAndACallbackQueue() {
    pbx = new RegisteredPbx("/pbx", List.of("DELIVER_TO_AGENT", "DIAL", "HANG_UP", "BLIND_TRANSFER"));
    supervisor = Keycloak.accessToken("demo.supervisor");
    alex = Keycloak.accessToken("demo.agent");
    blake = Keycloak.accessToken("demo.agent2");
    String queue = "{\"name\":\"IT callbacks " + UUID.randomUUID().toString().substring(0, 8) + "\",\"priority\":0,"
        + "\"strategy\":\"LONGEST_IDLE\",\"wrapUpSeconds\":5,\"steps\":[{\"afterSeconds\":0}],"
        + "\"overflow\":{\"maxWaitSeconds\":2,\"destination\":\"CALLBACK\"}}";
    HttpResponse<String> created = Http.postJson(TestEnvironment.publicUrl("/api/v1/queues"), queue, supervisor);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    callbackQueue = Http.json(created).get("id").asText();
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
    if (pbx != null) {
      pbx.close();
    }
  }

  @Test
  void thePreferredAgentGetsTheCallOverAnAgentIdleLonger() throws SQLException {
    changeMyPresence(blake, "AVAILABLE");
    changeMyPresence(alex, "AVAILABLE");
    UUID call = UUID.randomUUID();

    pbx.post(call, 1, "OFFERED", null, null);
    pbx.post(call, 2, "QUEUED", APPOINTMENTS,
        "\"routing\":{\"preferredAgentId\":\"" + ALEX + "\",\"preferenceTimeoutSeconds\":30}");

    assertThat(myPresence(alex).get("callId").asText()).isEqualTo(call.toString());
    assertThat(myPresence(blake).get("state").asText()).isEqualTo("AVAILABLE");
    assertThat(Database.column("SELECT preferred_agent_id::text FROM call_routing WHERE call_id = ?", call))
        .containsExactly(ALEX);
    pbx.post(call, 3, "ENDED", "CALLER_HUNG_UP", null);
  }

  @Test
  void whenThePreferenceTimesOutAnotherAgentGetsTheCall() throws SQLException {
    changeMyPresence(alex, "NOT_READY", "BREAK");
    changeMyPresence(blake, "AVAILABLE");
    UUID call = UUID.randomUUID();
    pbx.post(call, 1, "OFFERED", null, null);
    Instant queued = Instant.now();

    pbx.post(call, 2, "QUEUED", APPOINTMENTS,
        "\"routing\":{\"preferredAgentId\":\"" + ALEX + "\",\"preferenceTimeoutSeconds\":3,\"priority\":10}");

    assertThat(myPresence(blake).get("state").asText()).as("waiting for Alex alone").isEqualTo("AVAILABLE");
    assertThat(routing(call)).isEqualTo("WAITING null");
    JsonNode offered = awaitPresence(blake, presence -> "RESERVED".equals(presence.get("state").asText()));
    assertThat(offered.get("callId").asText()).isEqualTo(call.toString());
    assertThat(Duration.between(queued, Instant.now())).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
    assertThat(Database.scalar("SELECT priority_boost FROM call_routing WHERE call_id = ?", call)).isEqualTo(10);
    assertThat(RegisteredPbx.commands(call, "DELIVER_TO_AGENT")).singleElement()
        .satisfies(command -> assertThat(command.get("target").asText()).isEqualTo("1002"));
    pbx.post(call, 3, "ENDED", "CALLER_HUNG_UP", null);
  }

  @Test
  void aCallOverflowingToCallbackIsHungUpAndDialledBackAgentFirstWhenAnAgentFrees() throws SQLException {
    UUID call = UUID.randomUUID();
    pbx.post(call, 1, "OFFERED", null, null);
    pbx.post(call, 2, "QUEUED", callbackQueue, "\"routing\":{\"callerNumber\":\"+15550123\"}");

    awaitRouting(call, "SELECT count(*) FROM call_routing WHERE call_id = ? AND callback_since IS NOT NULL");
    assertThat(routing(call)).as("the callback keeps the call's place").isEqualTo("WAITING null");
    assertThat(RegisteredPbx.commands(call, "HANG_UP")).singleElement()
        .satisfies(command -> assertThat(command.get("parameters").get("reason").asText()).isEqualTo("CALLBACK"));
    pbx.post(call, 3, "ENDED", "CALLER_HUNG_UP", null);
    assertThat(routing(call)).as("the caller hung up as asked: still waiting").isEqualTo("WAITING null");

    assertThat(changeMyPresence(blake, "AVAILABLE").get("state").asText()).isEqualTo("RESERVED");
    UUID dialled = dialledCallOf(call);
    JsonNode dial = RegisteredPbx.commands(dialled, "DIAL").get(0);
    assertThat(dial.get("target").asText()).as("the agent's phone first").isEqualTo("1002");
    assertThat(dial.get("parameters").get("number").asText()).isEqualTo("+15550123");
    assertThat(dial.get("parameters").get("callbackFor").asText()).isEqualTo(call.toString());
    assertThat(RegisteredPbx.parse(pbx.callback().await(dial.get("commandId").asText(), PATIENCE).body())
        .get("type").asText()).isEqualTo("DIAL");

    followTheDialledCallToItsEnd(dialled, call);
    assertThat(Database.column("SELECT count(*) FROM call_event WHERE call_id = ? AND routing_hints IS NOT NULL",
        call)).as("the number is not kept with the events").containsExactly("0");
  }

  @Test
  void aCallerWhoAsksForACallbackKeepsTheirPlaceAndIsDialledWhenAnAgentFrees() throws SQLException {
    UUID call = UUID.randomUUID();
    pbx.post(call, 1, "OFFERED", null, null);
    pbx.post(call, 2, "QUEUED", APPOINTMENTS, null);

    pbx.post(call, 3, "ENDED", "CALLER_HUNG_UP",
        "\"routing\":{\"callbackRequested\":true,\"callerNumber\":\"+15550124\"}");

    assertThat(routing(call)).isEqualTo("WAITING null");
    assertThat(changeMyPresence(alex, "AVAILABLE").get("state").asText()).isEqualTo("RESERVED");
    UUID dialled = dialledCallOf(call);
    assertThat(RegisteredPbx.commands(dialled, "DIAL")).singleElement()
        .satisfies(dial -> assertThat(dial.get("target").asText()).isEqualTo("1001"));
    followTheDialledCallToItsEnd(dialled, call);
  }

  // --------------------------------------------------------------------------------------------- helpers

  /** The PBX reports the call it placed: ringing, answered (the agent is on the call), then ended (wrap-up). */
  private static void followTheDialledCallToItsEnd(UUID dialled, UUID callback) throws SQLException {
    pbx.post(dialled, 1, "OFFERED", null, null);
    pbx.post(dialled, 2, "RINGING", null, null);
    pbx.post(dialled, 3, "ANSWERED", null, null);
    assertThat(routing(callback)).startsWith("CONNECTED ");
    pbx.post(dialled, 4, "ENDED", "AGENT_HUNG_UP", null);
    assertThat(routing(callback)).startsWith("FINISHED ");
  }

  private static UUID dialledCallOf(UUID call) throws SQLException {
    return UUID.fromString(Database.column("SELECT dial_call_id::text FROM call_routing WHERE call_id = ?", call)
        .get(0));
  }

  private static void awaitRouting(UUID call, String countQuery) throws SQLException {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Database.scalar(countQuery, call) == 0 && Instant.now().isBefore(deadline)) {
      Database.pause(Duration.ofMillis(250));
    }
    assertThat(Database.scalar(countQuery, call)).as(countQuery).isEqualTo(1);
  }

  private static String routing(UUID call) throws SQLException {
    return String.join(" ", Database.column("SELECT status || ' ' || coalesce(agent_id::text, 'null')"
        + " FROM call_routing WHERE call_id = ?", call));
  }

  private static JsonNode awaitPresence(String agentToken, Predicate<JsonNode> condition) {
    return AgentDesk.awaitPresence(agentToken, condition, PATIENCE);
  }

  private static void logOutAgents() {
    AgentDesk.logOut(supervisor, ALEX, BLAKE);
  }
}
