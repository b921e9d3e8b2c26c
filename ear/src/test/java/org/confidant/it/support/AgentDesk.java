package org.confidant.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/** Agents' presence as the agent desk and the supervisor's floor change it, through the REST API. */
public final class AgentDesk {

  private static final URI MY_PRESENCE = TestEnvironment.publicUrl("/api/v1/agents/me/presence");

  private AgentDesk() {}

  public static URI presenceOf(String agentId) {
    return TestEnvironment.publicUrl("/api/v1/agents/" + agentId + "/presence");
  }

  public static JsonNode changeMyPresence(String agentToken, String state) {
    return changeMyPresence(agentToken, state, null);
  }

  public static JsonNode changeMyPresence(String agentToken, String state, String reason) {
    String body = "{\"state\":\"" + state + "\"" + (reason == null ? "" : ",\"reasonCode\":\"" + reason + "\"") + "}";
    HttpResponse<String> response = Http.putJson(MY_PRESENCE, body, agentToken);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response);
  }

  public static JsonNode myPresence(String agentToken) {
    HttpResponse<String> response = Http.get(MY_PRESENCE, agentToken);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response);
  }

  /** The agent's presence once it meets {@code condition}, or as it is when {@code patience} runs out. */
  public static JsonNode awaitPresence(String agentToken, Predicate<JsonNode> condition, Duration patience) {
    Instant deadline = Instant.now().plus(patience);
    JsonNode presence = myPresence(agentToken);
    while (!condition.test(presence) && Instant.now().isBefore(deadline)) {
      Database.pause(Duration.ofMillis(250));
      presence = myPresence(agentToken);
    }
    return presence;
  }

  /** A supervisor logs the agents out (a no-op for those logged out already). */
  public static void logOut(String supervisorToken, String... agentIds) {
    for (String agent : agentIds) {
      HttpResponse<String> out = Http.putJson(presenceOf(agent), "{\"state\":\"LOGGED_OUT\"}", supervisorToken);
      assertThat(out.statusCode()).as(out.body()).isEqualTo(200);
    }
  }
}
