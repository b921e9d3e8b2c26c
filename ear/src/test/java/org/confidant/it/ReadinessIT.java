package org.confidant.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.confidant.it.support.Database;
import org.confidant.it.support.Deployments;
import org.confidant.it.support.Http;
import org.confidant.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Readiness follows PostgreSQL down and back up, with no redeploy in between. */
@ExtendWith(ArquillianExtension.class)
class ReadinessIT {

  private static final URI READY = TestEnvironment.publicUrl("/api/v1/health/ready");
  private static final URI LIVE = TestEnvironment.publicUrl("/api/v1/health/live");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.confidantEar();
  }

  @Test
  void readinessReportsDownWhilePostgresIsStoppedAndUpAgainWhenItReturns() {
    HttpResponse<String> ready = Http.get(READY, null);
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(Http.json(ready).get("checks").findValuesAsText("name"))
        .containsExactly("broker", "database", "identity-provider");

    try {
      TestEnvironment.launcher("db-stop");
      HttpResponse<String> down = awaitReadiness(response -> response.statusCode() == 503);
      JsonNode report = Http.json(down);
      assertThat(report.get("status").asText()).isEqualTo("DOWN");
      assertThat(check(report, "database").get("status").asText()).isEqualTo("DOWN");
      assertThat(check(report, "broker").get("status").asText()).isEqualTo("UP");
      assertThat(Http.get(LIVE, null).statusCode()).as("still alive: no restart wanted").isEqualTo(200);
    } finally {
      TestEnvironment.launcher("db-start");
    }

    HttpResponse<String> up = awaitReadiness(response -> response.statusCode() == 200);
    assertThat(Http.json(up).get("status").asText()).isEqualTo("UP");
  }

  private static JsonNode check(JsonNode report, String name) {
    for (JsonNode check : report.get("checks")) {
      if (check.get("name").asText().equals(name)) {
        return check;
      }
    }
    throw new AssertionError("no check named " + name + " in " + report);
  }

  private static HttpResponse<String> awaitReadiness(Predicate<HttpResponse<String>> condition) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    HttpResponse<String> response = Http.get(READY, null);
    while (!condition.test(response)) {
      assertThat(Instant.now()).as("readiness never reached the expected state: " + response.body())
          .isBefore(deadline);
      Database.pause(Duration.ofSeconds(1));
      response = Http.get(READY, null);
    }
    return response;
  }
}
