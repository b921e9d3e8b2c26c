package org.confidant.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confidant.it.support.AgentDesk.changeMyPresence;
import static org.confidant.it.support.DesktopSocket.aboutCall;
import static org.confidant.it.support.DesktopSocket.ofType;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.confidant.it.support.AgentDesk;
import org.confidant.it.support.Database;
import org.confidant.it.support.Deployments;
import org.confidant.it.support.DesktopSocket;
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
 * The screen pop over the agent's socket, against the real server: a known caller's call pops with their contact
 * and open case before the agent answers (and the pop is audited); a warm transfer reaches the second agent with the
 * first agent's note; an unknown number pops as an unknown caller; a supervisor may not open an agent's socket.
 */
@ExtendWith(ArquillianExtension.class)
class ScreenPopIT {

  private static final URI EVENTS = TestEnvironment.publicUrl("/api/v1/telephony/events");
  private static final String APPOINTMENTS = "00000000-0000-4000-8000-000000000201";
  private static final String NURSE_LINE = "00000000-0000-4000-8000-000000000203";
  private static final String ALEX = "00000000-0000-4000-8000-000000000301";
  private static final String BLAKE = "00000000-0000-4000-8000-000000000302";
  private static final Duration PATIENCE = Duration.ofSeconds(10);

  private static String telephony;
  private static String supervisor;
  private static String alex;
  private static String blake;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.confidantEar();
  }

  @BeforeAll
  static void logIn() {
    telephony = Keycloak.telephonyToken();
    supervisor = Keycloak.accessToken("demo.supervisor");
    alex = Keycloak.accessToken("demo.agent");
    blake = Keycloak.accessToken("demo.agent2");
  }

  @Test
  void aKnownCallerPopsWithContactAndOpenCaseBeforeAnswerAndATransferArrivesWithTheNote() throws Exception {
    AgentDesk.logOut(supervisor, ALEX, BLAKE);
    int subscriber = 2_000_000 + (int) (Math.random() * 7_999_999);
    String e164 = "+1415" + subscriber;
    String contactId = created(Http.postJson(api("/api/v1/contacts"), "{\"name\": \"Ottoline Popham\","
        + " \"birthDate\": \"1961-04-17\", \"phones\": [{\"label\": \"home\", \"number\": \"" + e164 + "\"}],"
        + " \"recordNumbers\": [\"MRN-POP" + subscriber + "\"], \"customFields\": {}}", alex));
    String caseId = created(Http.postJson(api("/api/v1/cases"), "{\"contactId\": \"" + contactId
        + "\", \"subject\": \"Knee review\"}", alex));

    try (DesktopSocket alexDesk = DesktopSocket.open(alex); DesktopSocket blakeDesk = DesktopSocket.open(blake)) {
      JsonNode snapshot = alexDesk.await(ofType("SNAPSHOT"), PATIENCE);
      assertThat(snapshot.get("presence").get("state").asText()).isEqualTo("LOGGED_OUT");
      assertThat(snapshot.get("calls")).isEmpty();
      blakeDesk.await(ofType("SNAPSHOT"), PATIENCE);
      changeMyPresence(alex, "AVAILABLE");
      alexDesk.await(frame -> ofType("PRESENCE").test(frame)
          && "AVAILABLE".equals(frame.get("presence").get("state").asText()), PATIENCE);

      UUID call = UUID.randomUUID();
      post(call, 1, "OFFERED", e164);
      post(call, 2, "QUEUED", APPOINTMENTS);
      JsonNode offer = alexDesk.await(aboutCall("OFFER", call, "RINGING"), PATIENCE).get("call");
      JsonNode pop = offer.get("pop");
      assertThat(pop.get("match").asText()).isEqualTo("ONE");
      assertThat(pop.get("callerNumber").asText()).isEqualTo(e164);
      assertThat(pop.get("contacts").get(0).get("id").asText()).isEqualTo(contactId);
      assertThat(pop.get("contacts").get(0).get("displayName").asText()).isEqualTo("Ottoline Popham");
      assertThat(pop.get("contacts").get(0).get("dateOfBirth").asText()).as("masked for agents")
          .isEqualTo("****-**-17");
      assertThat(pop.get("openCases").get(0).get("id").asText()).isEqualTo(caseId);
      assertThat(pop.get("openCases").get(0).get("title").asText()).isEqualTo("Knee review");
      assertThat(pop.has("transferNotes") && pop.get("transferNotes").isEmpty()).isTrue();
      assertThat(offer.get("queue").get("name").asText()).isEqualTo("Appointments");
      assertThat(alexDesk.seen()).as("nothing about the call before its offer").filteredOn(aboutCall("CALL", call, null))
          .isEmpty();
      assertThat(Database.scalar("SELECT count(*) FROM audit_entry WHERE action = 'SCREEN_POP'"
          + " AND resource_type = 'contact' AND resource_id = ?", contactId)).as("the pop is audited").isEqualTo(1);

      post(call, 3, "RINGING", null);
      post(call, 4, "ANSWERED", null);
      alexDesk.await(aboutCall("CALL", call, "TALKING"), PATIENCE);
      HttpResponse<String> noted = Http.postJson(api("/api/v1/interactions/" + call + "/notes"),
          "{\"text\": \"Asked about the MRI results\"}", alex);
      assertThat(noted.statusCode()).as(noted.body()).isEqualTo(201);

      changeMyPresence(blake, "AVAILABLE");
      post(call, 5, "TRANSFERRED", null);
      post(call, 6, "QUEUED", NURSE_LINE);
      JsonNode transferred = blakeDesk.await(aboutCall("OFFER", call, "RINGING"), PATIENCE).get("call").get("pop");
      assertThat(transferred.get("contacts").get(0).get("id").asText()).isEqualTo(contactId);
      assertThat(transferred.get("transferNotes").get(0).get("text").asText()).isEqualTo("Asked about the MRI results");
      assertThat(transferred.get("transferNotes").get(0).get("author").asText()).isEqualTo("demo.agent");
      alexDesk.await(aboutCall("CALL", call, "WRAP_UP"), PATIENCE);

      post(call, 7, "RINGING", null);
      post(call, 8, "ANSWERED", null);
      blakeDesk.await(aboutCall("CALL", call, "TALKING"), PATIENCE);
      post(call, 9, "ENDED", "AGENT_HUNG_UP");
      blakeDesk.await(aboutCall("CALL", call, "WRAP_UP"), PATIENCE);
    } finally {
      AgentDesk.logOut(supervisor, ALEX, BLAKE);
    }
  }

  @Test
  void anUnknownNumberPopsAsAnUnknownCallerAndASupervisorHasNoDesktopSocket() throws Exception {
    AgentDesk.logOut(supervisor, ALEX, BLAKE);
    try (DesktopSocket alexDesk = DesktopSocket.open(alex)) {
      alexDesk.await(ofType("SNAPSHOT"), PATIENCE);
      changeMyPresence(alex, "AVAILABLE");
      UUID call = UUID.randomUUID();
      String unknown = "+1415" + (2_000_000 + (int) (Math.random() * 7_999_999));
      post(call, 1, "OFFERED", unknown);
      post(call, 2, "QUEUED", APPOINTMENTS);
      JsonNode pop = alexDesk.await(aboutCall("OFFER", call, "RINGING"), PATIENCE).get("call").get("pop");
      assertThat(pop.get("match").asText()).isEqualTo("NONE");
      assertThat(pop.get("callerNumber").asText()).isEqualTo(unknown);
      assertThat(pop.get("contacts")).isEmpty();

      post(call, 3, "ENDED", "CALLER_HUNG_UP");
      alexDesk.await(aboutCall("CALL", call, "ENDED"), PATIENCE);
    } finally {
      AgentDesk.logOut(supervisor, ALEX, BLAKE);
    }
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> DesktopSocket.open(supervisor)))
        .as("the handshake is refused").isNotNull();
  }

  private static String created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Http.json(response).get("id").asText();
  }

  private static void post(UUID call, long sequence, String type, String detail) {
    String event = "{\"callId\":\"" + call + "\",\"sequence\":" + sequence + ",\"occurredAt\":\"" + Instant.now()
        + "\",\"type\":\"" + type + "\"" + (detail == null ? "" : ",\"detail\":\"" + detail + "\"") + "}";
    HttpResponse<String> response = Http.postJson(EVENTS, event, telephony);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  private static URI api(String path) {
    return TestEnvironment.publicUrl(path);
  }
}
