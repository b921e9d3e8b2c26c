package org.confidant.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Full calls through the simulated phone system in the real server: arrivals, IVR, queueing, routing to simulated
 * agents, ringing (some ring out and are re-offered), talk with holds, wrap-up, abandons. Afterwards the database
 * and the published events must agree one for one, and nothing may be left open.
 */
@ExtendWith(ArquillianExtension.class)
class SimulatorIT {

  private static final URI RUNS = TestEnvironment.publicUrl("/api/v1/simulator/runs");
  private static final URI CURRENT = TestEnvironment.publicUrl("/api/v1/simulator/runs/current");
  private static final String RUN_CALLS = "SELECT * FROM call WHERE created_at >= ?::timestamptz";
  private static final String FAST_RUN = """
      {"seed": 7, "calls": 40, "arrivalsPerSecond": 20, "agents": 6, "meanRingMillis": 100, "meanTalkMillis": 700,
       "meanPatienceMillis": 1500, "wrapUpMillis": 100, "ivrShare": 0.5, "holdShare": 0.3, "noAnswerShare": 0.1}""";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.confidantEar();
  }

  @Test
  void simulatedCallsAllEndAndTheDatabaseAndThePublishedEventsAgreeOneForOne() throws SQLException {
    String supervisor = Keycloak.accessToken("demo.supervisor");
    String since = Database.column("SELECT now()::text", null).get(0);

    HttpResponse<String> started = Http.postJson(RUNS, FAST_RUN, supervisor);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    HttpResponse<String> second = Http.postJson(RUNS, FAST_RUN, supervisor);
    assertThat(second.statusCode()).as("one run at a time").isEqualTo(409);
    JsonNode finished = awaitEnd(supervisor);

    assertThat(finished.get("state").asText()).isEqualTo("FINISHED");
    assertThat(finished.get("callsStarted").asLong()).isEqualTo(40);
    assertThat(finished.get("callsStillOpen").asLong()).isZero();
    assertThat(finished.get("agentsStillHoldingACall").asLong()).isZero();
    assertThat(finished.get("eventsRejected").asLong()).isZero();
    assertThat(finished.get("callsAnswered").asLong()).isPositive();

    assertThat(Database.scalar(RUN_CALLS.replace("*", "count(*)"), since)).isEqualTo(40);
    assertThat(Database.scalar(RUN_CALLS.replace("*", "count(*)") + " AND ended_at IS NULL", since))
        .as("calls stuck").isZero();
    assertThat(Database.scalar("SELECT count(*) FROM call_event WHERE outcome = 'APPLIED' AND call_id IN ("
        + RUN_CALLS.replace("*", "id") + ")", since)).isEqualTo(finished.get("eventsPosted").asLong());
    Set<UUID> published = Database.ids("SELECT published_event_id FROM call_event WHERE call_id IN ("
        + RUN_CALLS.replace("*", "id") + ")", since);
    assertThat(published).hasSize((int) finished.get("eventsPosted").asLong());
    assertThat(Database.awaitConsumed(published)).isEqualTo(published);
  }

  @Test
  void agentsCannotRunTheSimulator() {
    HttpResponse<String> refused = Http.postJson(RUNS, FAST_RUN, Keycloak.accessToken("demo.agent"));

    assertThat(refused.statusCode()).isEqualTo(403);
  }

  private static JsonNode awaitEnd(String token) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    JsonNode status = Http.json(Http.get(CURRENT, token));
    while ("RUNNING".equals(status.get("state").asText()) && Instant.now().isBefore(deadline)) {
      Database.pause(Duration.ofMillis(500));
      status = Http.json(Http.get(CURRENT, token));
    }
    return status;
  }
}
