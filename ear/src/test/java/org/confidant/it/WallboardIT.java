package org.confidant.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.confidant.it.support.Browser;
import org.confidant.it.support.BrowserPerTest;
import org.confidant.it.support.Deployments;
import org.confidant.it.support.Http;
import org.confidant.it.support.Keycloak;
import org.confidant.it.support.TestEnvironment;
import org.confidant.it.support.Totp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live wallboard in headless Chromium: a supervisor watches a call a connector queues appear on the board
 * within a second of the event's POST returning (pushed, never polled), then go when the caller hangs up (counted
 * as abandoned), and logs an agent out from the board; sees a break-glass access raised as it happens (who and which
 * record, not the reason); an agent is refused the page and its socket.
 */
@ExtendWith(ArquillianExtension.class)
class WallboardIT {

  private static final URI WALLBOARD = TestEnvironment.publicUrl("/console/wallboard.xhtml");
  private static final URI EVENTS = TestEnvironment.publicUrl("/api/v1/telephony/events");
  private static final URI MY_PRESENCE = TestEnvironment.publicUrl("/api/v1/agents/me/presence");
  private static final String APPOINTMENTS = "00000000-0000-4000-8000-000000000201";
  private static final String ALEX = "00000000-0000-4000-8000-000000000301";
  private static final String BLAKE = "00000000-0000-4000-8000-000000000302";
  private static final By WAITING = figure("waiting");
  private static final By ABANDONED = figure("abandoned");
  private static final By ALEX_ROW = By.id("agent-" + ALEX);
  private static final Path SCREENSHOT = Path.of("target", "screenshots", "wallboard.png");

  @RegisterExtension final BrowserPerTest browsers = new BrowserPerTest();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.confidantEar();
  }

  @Test
  void aQueuedCallIsOnTheBoardWithinASecondAndGoneWhenTheCallerHangsUp() throws Exception {
    String telephony = Keycloak.telephonyToken();
    String supervisor = Keycloak.accessToken("demo.supervisor");
    for (String agent : new String[] {ALEX, BLAKE}) {
      assertThat(Http.putJson(presenceOf(agent), "{\"state\":\"LOGGED_OUT\"}", supervisor).statusCode()).isEqualTo(200);
    }
    // Alex is on the floor but on a break, so the call waits.
    HttpResponse<String> onBreak = Http.putJson(MY_PRESENCE, "{\"state\":\"NOT_READY\",\"reasonCode\":\"BREAK\"}",
        Keycloak.accessToken("demo.agent"));
    assertThat(onBreak.statusCode()).as(onBreak.body()).isEqualTo(200);

    signIn("demo.supervisor");
    browser().open(WALLBOARD);
    until(Duration.ofSeconds(20), () -> "live".equals(connectionState()) && browser().isShown(WAITING)
        && browser().isShown(ALEX_ROW));
    until(Duration.ofSeconds(5), () -> "BREAK".equals(inAlexRow("reason").getText()));
    int waitingBefore = number(WAITING);
    int abandonedBefore = number(ABANDONED);

    UUID call = UUID.randomUUID();
    post(telephony, call, 1, "OFFERED", null);
    post(telephony, call, 2, "QUEUED", APPOINTMENTS);
    long posted = System.nanoTime();
    until(Duration.ofSeconds(5), () -> number(WAITING) == waitingBefore + 1);
    long shownMillis = (System.nanoTime() - posted) / 1_000_000;
    assertThat(shownMillis).as("the board shows the waiting call %d ms after the POST returned", shownMillis)
        .isLessThanOrEqualTo(1_000);
    browser().screenshot(SCREENSHOT);

    post(telephony, call, 3, "ENDED", "CALLER_HUNG_UP");
    long ended = System.nanoTime();
    until(Duration.ofSeconds(5), () -> number(WAITING) == waitingBefore && number(ABANDONED) == abandonedBefore + 1);
    long goneMillis = (System.nanoTime() - ended) / 1_000_000;
    assertThat(goneMillis).as("gone and counted abandoned %d ms after the POST returned", goneMillis)
        .isLessThanOrEqualTo(1_000);

    until(Duration.ofSeconds(5), () -> {
      inAlexRow("log-out").click(); // again if a push redrew the row under the click
      return true;
    });
    until(Duration.ofSeconds(5), () -> !browser().isShown(ALEX_ROW));
    assertThat(browser().text(By.id("messages"))).contains("logged out");
  }

  @Test
  void aBreakGlassAccessIsRaisedOnTheBoardAsItHappensWithoutItsReason() {
    signIn("demo.supervisor");
    browser().open(WALLBOARD);
    until(Duration.ofSeconds(20), () -> "live".equals(connectionState()));
    String reason = "Patient unconscious in the waiting room " + UUID.randomUUID();
    String contactId = RecordsIT.breakGlassOnANewPatient(reason);

    By alert = By.xpath("//ul[@id='break-glass']/li[code='" + contactId + "']");
    until(Duration.ofSeconds(5), () -> browser().isShown(alert));
    assertThat(browser().text(alert)).contains("demo.agent2 opened record " + contactId);
    assertThat(browser().text(By.id("wallboard"))).doesNotContain(reason).doesNotContain("Quillfeather");
  }

  @Test
  void anAgentIsRefusedTheBoardAndItsSocket() {
    browser().open(WALLBOARD);
    browser().submitPassword("demo.agent", TestEnvironment.demoPassword());
    browser().submitTotp(Totp.freshCode(TestEnvironment.demoTotpSecret("demo.agent")));
    assertThat(browser().text(By.id("forbidden-heading"))).isEqualTo("Not allowed");

    Object socket = ((JavascriptExecutor) browser().driver()).executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "var socket = new WebSocket('wss://' + location.host + '/console/wallboard/socket');"
            + "socket.onopen = function () { done('open'); };"
            + "socket.onerror = function () { done('refused'); };");
    assertThat(socket).isEqualTo("refused");
  }

  private Browser browser() {
    return browsers.current();
  }

  private void signIn(String demoUser) {
    browser().open(TestEnvironment.publicUrl("/console/"));
    browser().submitPassword(demoUser, TestEnvironment.demoPassword());
    browser().submitTotp(Totp.freshCode(TestEnvironment.demoTotpSecret(demoUser)));
    browser().waitFor(By.id("console-heading"));
  }

  private WebElement inAlexRow(String className) {
    return browser().driver().findElement(ALEX_ROW).findElement(By.className(className));
  }

  private String connectionState() {
    return browser().driver().findElement(By.id("connection")).getAttribute("data-state");
  }

  private int number(By figure) {
    return Integer.parseInt(browser().driver().findElement(figure).getText().strip());
  }

  /** Checks the page every 10 ms (the DOM only: the board itself is pushed) until the condition holds. */
  private void until(Duration patience, BooleanSupplier condition) {
    new WebDriverWait(browser().driver(), patience, Duration.ofMillis(10))
        .ignoring(RuntimeException.class)
        .withMessage(() -> "wallboard on " + browser().driver().getCurrentUrl() + " at " + Instant.now())
        .until(driver -> condition.getAsBoolean());
  }

  private static By figure(String name) {
    return By.cssSelector("#queue-" + APPOINTMENTS + " [data-figure='" + name + "']");
  }

  private static URI presenceOf(String agentId) {
    return TestEnvironment.publicUrl("/api/v1/agents/" + agentId + "/presence");
  }

  private static void post(String token, UUID call, long sequence, String type, String detail) {
    String event = "{\"callId\":\"" + call + "\",\"sequence\":" + sequence + ",\"occurredAt\":\"" + Instant.now()
        + "\",\"type\":\"" + type + "\"" + (detail == null ? "" : ",\"detail\":\"" + detail + "\"") + "}";
    HttpResponse<String> response = Http.postJson(EVENTS, event, token);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }
}
