package org.confidant.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confidant.it.support.AgentDesk.changeMyPresence;
import static org.confidant.it.support.AgentDesk.myPresence;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.confidant.it.support.AgentDesk;
import org.confidant.it.support.Database;
import org.confidant.it.support.Deployments;
import org.confidant.it.support.Http;
import org.confidant.it.support.Keycloak;
import org.confidant.it.support.Sipp;
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
 * Real SIP through the test Kamailio (started by the test services, telephony/kamailio) and the SIP connector: SIPp
 * phones register for the demo agents' extensions and answer, SIPp callers dial the service numbers of
 * telephony/kamailio/services.cfg (2003: the nurse line, which needs the nurse-triage skill only Blake has; 2001:
 * appointments, which both agents take). The tests' ring timeout is 3 s.
 */
@ExtendWith(ArquillianExtension.class)
class SipCallsIT {

  private static final String LINK = "kamailio://127.0.0.1:" + Integer.getInteger("confidant.sip.link.port", 15072);
  private static final String APPOINTMENTS_NUMBER = "2001";
  private static final String NURSE_LINE_NUMBER = "2003";
  private static final String ALEX = "00000000-0000-4000-8000-000000000301";
  private static final String BLAKE = "00000000-0000-4000-8000-000000000302";
  private static final int ALEX_PHONE = 15181;
  private static final int BLAKE_PHONE = 15182;
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private static String connectorId;
  private static String supervisor;
  private static String alex;
  private static String blake;
  private static final Set<String> SEEN_CALLS = new HashSet<>();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.confidantEar();
  }

  @BeforeAll
  static void kamailioIsARegisteredConnectorAndThePhonesAreRegistered() throws SQLException {
    String admin = Keycloak.accessToken("demo.admin");
    HttpResponse<String> registered = Http.postJson(TestEnvironment.publicUrl("/api/v1/connectors"),
        "{\"name\":\"Kamailio\",\"clientId\":\"kamailio-sip\",\"callbackUrl\":\"" + LINK + "\","
            + "\"commands\":[\"DELIVER_TO_AGENT\"]}", admin);
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    connectorId = Http.json(registered).get("connector").get("id").asText();
    supervisor = Keycloak.accessToken("demo.supervisor");
    alex = Keycloak.accessToken("demo.agent");
    blake = Keycloak.accessToken("demo.agent2");

    // The link is up once a registration reaches Confidant (Kamailio may take a few seconds to accept the link).
    long before = registrations(BLAKE);
    Instant giveUp = Instant.now().plus(PATIENCE);
    while (registrations(BLAKE) == before && Instant.now().isBefore(giveUp)) {
      Sipp.register("1002", BLAKE_PHONE, 300);
      Database.pause(Duration.ofSeconds(1));
    }
    assertThat(registrations(BLAKE)).as("Blake's phone registration reached Confidant").isGreaterThan(before);
    Sipp.register("1001", ALEX_PHONE, 300);
  }

  @AfterAll
  static void deactivateTheConnector() {
    Http.postJson(TestEnvironment.publicUrl("/api/v1/connectors/" + connectorId + "/deactivate"), "{}",
        Keycloak.accessToken("demo.admin"));
  }

  @BeforeEach
  void everyoneLoggedOut() {
    AgentDesk.logOut(supervisor, ALEX, BLAKE);
  }

  @Test
  void aCallerReachesThePhoneOfTheAgentWithTheSkillTheServiceNumberNeeds() throws SQLException {
    changeMyPresence(alex, "AVAILABLE");
    changeMyPresence(blake, "AVAILABLE");
    Process alexPhone = Sipp.phone(ALEX_PHONE);
    Process blakePhone = Sipp.phone(BLAKE_PHONE);
    try {
      Process caller = Sipp.call("caller.xml", NURSE_LINE_NUMBER);

      assertThat(Sipp.finished(caller, PATIENCE)).as("the caller was answered and hung up").isZero();
      assertThat(Sipp.finished(blakePhone, PATIENCE)).as("Blake's phone rang and answered").isZero();
      assertThat(alexPhone.isAlive()).as("Alex (no nurse-triage skill) was not rung").isTrue();
      UUID call = newCall();
      awaitState(call, "ENDED");
      assertThat(events(call)).containsExactly("OFFERED", "QUEUED", "RINGING", "ANSWERED", "ENDED");
      assertThat(routing(call)).isEqualTo("FINISHED " + BLAKE);
      assertThat(myPresence(blake).get("state").asText()).isEqualTo("WRAP_UP");
    } finally {
      alexPhone.destroy();
      blakePhone.destroy();
    }
  }

  @Test
  void aCallWaitsWhileNoAgentIsFreeAndRingsTheAgentWhoFrees() throws SQLException {
    Process blakePhone = Sipp.phone(BLAKE_PHONE);
    try {
      Process caller = Sipp.call("caller.xml", NURSE_LINE_NUMBER);
      UUID call = newCall();
      awaitRouting(call, "WAITING null");
      Database.pause(Duration.ofSeconds(2));
      assertThat(blakePhone.isAlive()).as("no phone rings while no agent is free").isTrue();

      assertThat(changeMyPresence(blake, "AVAILABLE").get("state").asText()).isEqualTo("RESERVED");

      assertThat(Sipp.finished(caller, PATIENCE)).as("the caller was answered and hung up").isZero();
      assertThat(Sipp.finished(blakePhone, PATIENCE)).isZero();
      awaitState(call, "ENDED");
      assertThat(routing(call)).isEqualTo("FINISHED " + BLAKE);
    } finally {
      blakePhone.destroy();
    }
  }

  @Test
  void aPhoneNobodyAnswersIsRingNoAnswerAndTheCallRingsTheNextAgent() throws SQLException {
    Process alexPhone = Sipp.phoneNobodyAnswers(ALEX_PHONE);
    Process blakePhone = Sipp.phone(BLAKE_PHONE);
    try {
      Process caller = Sipp.call("caller.xml", APPOINTMENTS_NUMBER);
      UUID call = newCall();
      awaitRouting(call, "WAITING null");
      assertThat(changeMyPresence(alex, "AVAILABLE").get("state").asText()).as("the longest idle")
          .isEqualTo("RESERVED");
      changeMyPresence(blake, "AVAILABLE");

      assertThat(Sipp.finished(caller, PATIENCE)).as("the caller was answered and hung up").isZero();
      assertThat(Sipp.finished(alexPhone, PATIENCE)).as("Alex's phone rang and was cancelled").isZero();
      assertThat(Sipp.finished(blakePhone, PATIENCE)).as("Blake's phone rang and answered").isZero();
      awaitState(call, "ENDED");
      assertThat(myPresence(alex).get("reasonCode").asText()).isEqualTo("RONA");
      assertThat(routing(call)).isEqualTo("FINISHED " + BLAKE);
    } finally {
      alexPhone.destroy();
      blakePhone.destroy();
    }
  }

  @Test
  void aCallerWhoHangsUpInTheQueueIsLoggedAsAbandoned() throws SQLException {
    Process caller = Sipp.call("caller-gives-up.xml", NURSE_LINE_NUMBER);

    assertThat(Sipp.finished(caller, PATIENCE)).as("the caller heard ringing, cancelled and got 487").isZero();
    UUID call = newCall();
    awaitState(call, "ABANDONED");
    assertThat(Database.column("SELECT end_cause FROM call WHERE id = ?", call)).containsExactly("CALLER_HUNG_UP");
    assertThat(routing(call)).isEqualTo("FINISHED null");
  }

  // --------------------------------------------------------------------------------------------- helpers

  private static long registrations(String agentId) throws SQLException {
    return Database.scalar("SELECT count(*) FROM audit_entry WHERE action = 'agent.device.registered'"
        + " AND resource_id = ?", agentId);
  }

  /** The call Kamailio offered since the last one this test saw, through this connector. */
  private static UUID newCall() throws SQLException {
    Instant giveUp = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(giveUp)) {
      List<String> calls = Database.column("SELECT call_id::text FROM connector_call WHERE connector_id = ?"
          + " ORDER BY since DESC", UUID.fromString(connectorId));
      for (String call : calls) {
        if (SEEN_CALLS.add(call)) {
          return UUID.fromString(call);
        }
      }
      Database.pause(Duration.ofMillis(200));
    }
    throw new AssertionError("Kamailio offered no new call to Confidant");
  }

  private static void awaitState(UUID call, String state) throws SQLException {
    Instant giveUp = Instant.now().plus(PATIENCE);
    while (!List.of(state).equals(Database.column("SELECT state FROM call WHERE id = ?", call))
        && Instant.now().isBefore(giveUp)) {
      Database.pause(Duration.ofMillis(200));
    }
    assertThat(Database.column("SELECT state FROM call WHERE id = ?", call)).containsExactly(state);
  }

  private static void awaitRouting(UUID call, String expected) throws SQLException {
    Instant giveUp = Instant.now().plus(PATIENCE);
    while (!expected.equals(routing(call)) && Instant.now().isBefore(giveUp)) {
      Database.pause(Duration.ofMillis(200));
    }
    assertThat(routing(call)).isEqualTo(expected);
  }

  private static List<String> events(UUID call) throws SQLException {
    return Database.column("SELECT type FROM call_event WHERE call_id = ? ORDER BY sequence", call);
  }

  private static String routing(UUID call) throws SQLException {
    return String.join(" ", Database.column("SELECT status || ' ' || coalesce(agent_id::text, 'null')"
        + " FROM call_routing WHERE call_id = ?", call));
  }
}
