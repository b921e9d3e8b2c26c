package org.confidant.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.confidant.it.support.Deployments;
import org.confidant.it.support.Http;
import org.confidant.it.support.Keycloak;
import org.confidant.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bearer tokens from the real Keycloak against the real API: 401 and 403 as problem details, 200 for the right role. */
@ExtendWith(ArquillianExtension.class)
class ApiAccessIT {

  private static final String SUPERVISOR_ONLY = "/api/v1/queues";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.confidantEar();
  }

  @Test
  void noTokenIsAnsweredWith401ProblemDetailsAndABearerChallenge() {
    HttpResponse<String> response = Http.get(TestEnvironment.publicUrl(SUPERVISOR_ONLY), null);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        challenge -> assertThat(challenge).startsWith("Bearer"));
    assertIsProblem(response, 401);
  }

  @Test
  void aForgedTokenIsAnsweredWith401() {
    HttpResponse<String> response = Http.get(TestEnvironment.publicUrl(SUPERVISOR_ONLY),
        "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5In0.c2lnbmF0dXJl");

    assertThat(response.statusCode()).isEqualTo(401);
    assertIsProblem(response, 401);
  }

  @Test
  void anAgentsTokenOnASupervisorEndpointIsAnsweredWith403ProblemDetails() {
    HttpResponse<String> response =
        Http.get(TestEnvironment.publicUrl(SUPERVISOR_ONLY), Keycloak.accessToken("demo.agent"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertIsProblem(response, 403);
  }

  @Test
  void aSupervisorsTokenGetsTheQueues() {
    HttpResponse<String> response =
        Http.get(TestEnvironment.publicUrl(SUPERVISOR_ONLY), Keycloak.accessToken("demo.supervisor"));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode queues = Http.json(response);
    assertThat(queues.findValuesAsText("name")).contains("Appointments", "Billing", "Nurse line");
    // Highest priority first: the nurse line (clinical) outranks scheduling.
    assertThat(queues.get(0).get("name").asText()).isEqualTo("Nurse line");
  }

  @Test
  void theApiKnowsWhoTheCallerIsAndWhichRolesTheyHold() {
    JsonNode me = Http.json(Http.get(TestEnvironment.publicUrl("/api/v1/me"), Keycloak.accessToken("demo.agent")));

    assertThat(me.get("username").asText()).isEqualTo("demo.agent");
    assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactly("agent");
  }

  @Test
  void anUnknownPathIsAProblemTooNotAServerPage() {
    HttpResponse<String> response =
        Http.get(TestEnvironment.publicUrl("/api/v1/no-such-thing"), Keycloak.accessToken("demo.supervisor"));

    assertThat(response.statusCode()).isEqualTo(404);
    assertIsProblem(response, 404);
  }

  private static void assertIsProblem(HttpResponse<String> response, int status) {
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = Http.json(response);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("type").asText()).startsWith("https://");
    assertThat(problem.get("title").asText()).isNotBlank();
    assertThat(response.body()).doesNotContain("Exception", "at org.", "at java.", "jakarta.");
  }
}
