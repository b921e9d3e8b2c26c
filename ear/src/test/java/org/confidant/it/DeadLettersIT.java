package org.confidant.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.confidant.it.probe.PoisonMessageServlet;
import org.confidant.it.support.Database;
import org.confidant.it.support.Deployments;
import org.confidant.it.support.Http;
import org.confidant.it.support.Keycloak;
import org.confidant.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A poison message in the real broker: the call-daily-totals consumer throws on it, the broker redelivers it with
 * backoff and dead-letters it after 5 attempts; an admin sees it (without its payload), reads it, replays it — the
 * consumer gets it again, fails again, and it is dead again — and discards it. Every replay and discard is audited.
 * The poison is published by a test-only servlet deployed beside the EAR ({@link PoisonMessageServlet} says why).
 */
@ExtendWith(ArquillianExtension.class)
class DeadLettersIT {

  private static final String DEAD_LETTERS = "/api/v1/dead-letters";
  private static final String SUBSCRIPTION = "call-daily-totals";
  /** 1 + 2 + 4 + 8 s of redelivery delays, plus the consumer's work and generous slack for a busy machine. */
  private static final Duration DEAD_LETTERING = Duration.ofSeconds(90);

  private static String admin;

  @Deployment(name = "confidant", order = 1, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.confidantEar();
  }

  @Deployment(name = "probe", order = 2, testable = false)
  static WebArchive probe() {
    return ShrinkWrap.create(WebArchive.class, "dead-letters-probe.war").addClass(PoisonMessageServlet.class);
  }

  @BeforeAll
  static void token() {
    admin = Keycloak.accessToken("demo.admin");
  }

  @Test
  void aPoisonMessageIsDeadLetteredThenReplayedDeadAgainAndDiscardedAllAudited() throws SQLException {
    UUID eventId = UUID.randomUUID();
    Instant sent = Instant.now();
    poison(eventId);

    JsonNode dead = awaitDeadLetter(eventId, List.of());
    String first = dead.get("id").asText();
    assertThat(dead.get("eventType").asText()).isEqualTo("CallProgressed");
    assertThat(dead.get("originalAddress").asText()).isEqualTo("jms.topic.CallEvents");
    assertThat(dead.get("originalQueue").asText()).contains("call-daily-totals");
    assertThat(dead.get("payloadBytes").asLong()).isPositive();
    assertThat(Instant.parse(dead.get("publishedAt").asText()))
        .isBetween(sent.minusSeconds(60), Instant.now().plusSeconds(60));
    assertThat(list().body()).as("the list never shows payloads").doesNotContain(PoisonMessageServlet.MARKER);
    assertThat(Database.scalar("SELECT count(*) FROM processed_event WHERE event_id = ?", eventId))
        .as("no consumer ever committed it").isZero();

    HttpResponse<String> read = Http.get(url("/" + first), admin);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(Http.json(read).get("envelope").asText()).contains(eventId.toString(), PoisonMessageServlet.MARKER);

    HttpResponse<String> replay = Http.postJson(url("/" + first + "/replay"), "", admin);
    assertThat(replay.statusCode()).as(replay.body()).isEqualTo(200);
    assertThat(Http.json(replay).at("/route/name").asText())
        .isEqualTo("CallEvents::" + dead.get("originalQueue").asText());
    assertThat(deadLetterIds(eventId)).as("taken off the dead-letter queue").doesNotContain(first);

    JsonNode deadAgain = awaitDeadLetter(eventId, List.of(first));
    String second = deadAgain.get("id").asText();
    assertThat(deadAgain.get("originalQueue").asText()).isEqualTo(dead.get("originalQueue").asText());
    assertThat(deadAgain.get("originalAddress").asText()).isEqualTo("jms.topic.CallEvents");
    assertThat(deadLetterIds(eventId)).as("one subscriber got the replay, so one dead letter of its own")
        .containsExactly(second);

    HttpResponse<String> discard = Http.delete(url("/" + second), admin);
    assertThat(discard.statusCode()).as(discard.body()).isEqualTo(200);
    assertThat(deadLetterIds(eventId)).isEmpty();
    assertThat(Http.delete(url("/" + second), admin).statusCode()).isEqualTo(404);

    assertThat(audit(first)).containsExactly(
        "demo.admin dead-letter.read SUCCESS", "demo.admin dead-letter.replayed SUCCESS");
    assertThat(audit(second)).containsExactly(
        "demo.admin dead-letter.discarded SUCCESS", "demo.admin dead-letter.discarded FAILED");
  }

  @Test
  void onlyAdminsSeeOrTouchDeadLetters() {
    String agent = Keycloak.accessToken("demo.agent");
    String supervisor = Keycloak.accessToken("demo.supervisor");
    String someId = "/" + UUID.randomUUID();

    assertThat(Http.get(url(""), agent).statusCode()).isEqualTo(403);
    assertThat(Http.get(url(""), supervisor).statusCode()).isEqualTo(403);
    assertThat(Http.get(url(someId), agent).statusCode()).isEqualTo(403);
    assertThat(Http.postJson(url(someId + "/replay"), "", agent).statusCode()).isEqualTo(403);
    assertThat(Http.delete(url(someId), agent).statusCode()).isEqualTo(403);
    assertThat(Http.get(url(""), null).statusCode()).isEqualTo(401);
  }

  @Test
  void anUnknownDeadLetterIsAnswered404AsAProblem() {
    List<HttpResponse<String>> answers = List.of(
        Http.get(url("/" + UUID.randomUUID()), admin),
        Http.postJson(url("/" + UUID.randomUUID() + "/replay"), "", admin),
        Http.delete(url("/" + UUID.randomUUID()), admin),
        Http.get(url("/not-an-id"), admin));

    assertThat(answers).allSatisfy(answer -> {
      assertThat(answer.statusCode()).isEqualTo(404);
      assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(answer.body()).doesNotContain("Exception", "at org.");
    });
  }

  // --------------------------------------------------------------------------------------------- helpers

  private static URI url(String path) {
    return TestEnvironment.publicUrl(DEAD_LETTERS + path);
  }

  private static void poison(UUID eventId) {
    HttpResponse<String> sent = Http.postForm(TestEnvironment.publicUrl("/dead-letters-probe/poison"),
        Map.of("eventId", eventId.toString()), null);
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(204);
  }

  private static HttpResponse<String> list() {
    HttpResponse<String> response = Http.get(url(""), admin);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response;
  }

  /**
   * The event's dead letters from the call-daily-totals subscription: every subscriber of CallProgressed fails on the
   * poison and dead-letters its own copy; this test follows that one subscription's copy.
   */
  private static List<JsonNode> deadLettersOf(UUID eventId) {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode deadLetter : Http.json(list())) {
      if (eventId.toString().equals(deadLetter.path("eventId").asText())
          && deadLetter.path("originalQueue").asText().endsWith(SUBSCRIPTION)) {
        found.add(deadLetter);
      }
    }
    return found;
  }

  private static List<String> deadLetterIds(UUID eventId) {
    return deadLettersOf(eventId).stream().map(deadLetter -> deadLetter.get("id").asText()).toList();
  }

  /** The first dead letter of the event other than those already seen, waiting for the broker to give up. */
  private static JsonNode awaitDeadLetter(UUID eventId, List<String> seen) {
    Instant deadline = Instant.now().plus(DEAD_LETTERING);
    while (Instant.now().isBefore(deadline)) {
      for (JsonNode deadLetter : deadLettersOf(eventId)) {
        if (!seen.contains(deadLetter.get("id").asText())) {
          return deadLetter;
        }
      }
      Database.pause(Duration.ofSeconds(1));
    }
    throw new AssertionError("event " + eventId + " was not dead-lettered within " + DEAD_LETTERING);
  }

  private static List<String> audit(String deadLetter) throws SQLException {
    return Database.column("SELECT actor || ' ' || action || ' ' || outcome FROM audit_entry"
        + " WHERE resource_type = 'dead-letter' AND resource_id = ? ORDER BY id", deadLetter);
  }
}
