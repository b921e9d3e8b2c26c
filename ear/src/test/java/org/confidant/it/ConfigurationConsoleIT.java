package org.confidant.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.confidant.it.support.AgentDesk;
import org.confidant.it.support.Browser;
import org.confidant.it.support.BrowserPerTest;
import org.confidant.it.support.Database;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console's queue configuration in headless Chromium: a supervisor gives a queue another required skill and the
 * next call a connector queues there is offered to the agent with that skill, not to the other; two people editing
 * the same queue, the second is told it changed and reloads it; an invalid queue is refused naming the field; an
 * admin reaches every configuration page and deactivates a reason code.
 */
@ExtendWith(ArquillianExtension.class)
class ConfigurationConsoleIT {

  private static final URI QUEUES = TestEnvironment.publicUrl("/console/config/queues.xhtml");
  private static final String ALEX = "00000000-0000-4000-8000-000000000301";
  private static final String BLAKE = "00000000-0000-4000-8000-000000000302";
  private static final String APPOINTMENTS_SKILL = "00000000-0000-4000-8000-000000000101";
  private static final String SPANISH = "00000000-0000-4000-8000-000000000104";
  private static final By MESSAGES = By.id("messages");
  private static final By SAVE = By.id("queue:save");
  private static final By FIRST_SKILL = By.id("queue:steps:0:skills:0:skill");
  private static final By FIRST_MIN_PROFICIENCY = By.id("queue:steps:0:skills:0:minProficiency");
  private static final By WRAP_UP = By.id("queue:wrapUpSeconds");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @RegisterExtension final BrowserPerTest browsers = new BrowserPerTest();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.confidantEar();
  }

  @Test
  void aSupervisorGivesAQueueAnotherSkillAndTheNextCallIsOfferedToTheAgentWithItNotTheOther() throws Exception {
    String supervisor = Keycloak.accessToken("demo.supervisor");
    String telephony = Keycloak.telephonyToken();
    // Only Alex speaks Spanish; only Blake is a triage nurse (demo data).
    String queue = createQueue(supervisor, "Console " + suffix(), SPANISH);
    AgentDesk.logOut(supervisor, ALEX, BLAKE);
    AgentDesk.changeMyPresence(Keycloak.accessToken("demo.agent"), "AVAILABLE");
    AgentDesk.changeMyPresence(Keycloak.accessToken("demo.agent2"), "AVAILABLE");
    UUID call = UUID.randomUUID();
    try {
      Browser browser = browsers.current();
      signIn(browser, "demo.supervisor");
      edit(browser, queue);
      new Select(browser.driver().findElement(FIRST_SKILL)).selectByVisibleText("nurse-triage");
      browser.driver().findElement(SAVE).click();

      awaitMessage(browser, "saved");
      assertThat(browser.text(By.cssSelector("#queue-" + queue + " .steps"))).isEqualTo("0 s: nurse-triage ≥ 5");
      browser.screenshot(SCREENSHOTS.resolve("config-queues.png"));

      post(telephony, call, 1, "OFFERED", null);
      post(telephony, call, 2, "QUEUED", queue);
      assertThat(awaitOffer(call)).as("offered to the triage nurse, not the Spanish speaker")
          .isEqualTo("OFFERED " + BLAKE);
      assertThat(Database.scalar("SELECT count(*) FROM audit_entry WHERE action = 'queue.updated'"
          + " AND actor = 'demo.supervisor' AND resource_id = ?", queue)).isEqualTo(1);
    } finally {
      post(telephony, call, 3, "ENDED", "CALLER_HUNG_UP");
      AgentDesk.logOut(supervisor, ALEX, BLAKE);
    }
  }

  @Test
  void theSecondOfTwoEditorsIsToldTheQueueChangedAndReloadsTheOthersChange() throws Exception {
    String queue = createQueue(Keycloak.accessToken("demo.admin"), "Concurrent " + suffix(), APPOINTMENTS_SKILL);
    Browser first = browsers.current();
    try (Browser second = new Browser()) {
      signIn(first, "demo.supervisor");
      signIn(second, "demo.admin");
      edit(first, queue);
      edit(second, queue);

      type(first, WRAP_UP, "45");
      first.driver().findElement(SAVE).click();
      awaitMessage(first, "saved");
      type(second, WRAP_UP, "50");
      second.driver().findElement(SAVE).click();

      awaitMessage(second, "changed by someone else since you loaded it");
      second.screenshot(SCREENSHOTS.resolve("config-queues-conflict.png"));
      second.driver().findElement(By.id("stale:reload")).click();
      until(second, () -> "45".equals(second.driver().findElement(WRAP_UP).getAttribute("value")));
      assertThat(second.isShown(By.id("stale:reload"))).as("the warning goes with the reload").isFalse();
    }
    assertThat(Database.column("SELECT wrap_up_seconds::text FROM queue WHERE id = ?::uuid", queue))
        .containsExactly("45");
  }

  @Test
  void anInvalidQueueIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
    Browser browser = browsers.current();
    signIn(browser, "demo.admin");
    browser.open(QUEUES);
    browser.driver().findElement(By.id("list:new-queue")).click();
    browser.waitFor(SAVE);
    String name = "Invalid " + suffix();
    type(browser, By.id("queue:name"), name);
    browser.driver().findElement(By.id("queue:steps:0:add-skill")).click();
    browser.waitFor(FIRST_SKILL);
    new Select(browser.driver().findElement(FIRST_SKILL)).selectByVisibleText("spanish");
    type(browser, FIRST_MIN_PROFICIENCY, "11");
    browser.driver().findElement(SAVE).click();

    awaitMessage(browser, "Nothing was saved");
    assertThat(browser.text(MESSAGES))
        .contains("Step 1, skill 1, min proficiency: must be less than or equal to 10");
    assertThat(browser.driver().findElement(By.id("queue:name")).getAttribute("value"))
        .as("the editor keeps what was typed").isEqualTo(name);
    browser.screenshot(SCREENSHOTS.resolve("config-queues-invalid.png"));
    assertThat(Database.scalar("SELECT count(*) FROM queue WHERE name = ?", name)).isZero();
  }

  @Test
  void anAdminReachesEveryConfigurationPageAndDeactivatesANewReasonCode() throws Exception {
    Browser browser = browsers.current();
    signIn(browser, "demo.admin");
    browser.driver().findElement(By.id("nav-configuration")).click();
    browser.waitFor(By.id("queues-heading"));
    for (String page : new String[] {"agents", "dispositions", "webhooks", "business-hours", "ivr-trees",
        "reason-codes"}) {
      browser.driver().findElement(By.id("config-" + page)).click();
      browser.waitFor(By.id(page + "-heading"));
      if ("agents".equals(page)) {
        browser.screenshot(SCREENSHOTS.resolve("config-agents.png"));
      } else if ("ivr-trees".equals(page)) {
        browser.driver().findElement(By.cssSelector("#tree-list .show")).click();
        browser.waitFor(By.id("outline"));
        browser.screenshot(SCREENSHOTS.resolve("config-ivr-tree.png"));
      }
    }

    String code = "CONSOLE_" + suffix().toUpperCase(java.util.Locale.ROOT);
    type(browser, By.id("new-code:code"), code);
    type(browser, By.id("new-code:label"), "Console test");
    browser.driver().findElement(By.id("new-code:create")).click();
    awaitMessage(browser, code + " created.");
    browser.driver().findElement(By.cssSelector("#code-" + code + " .toggle")).click();
    awaitMessage(browser, code + " deactivated.");

    assertThat(browser.text(By.cssSelector("#code-" + code + " .active"))).isEqualTo("no");
    assertThat(Database.column("SELECT action FROM audit_entry WHERE actor = 'demo.admin' AND resource_id ="
        + " (SELECT id::text FROM reason_code WHERE code = ?) ORDER BY recorded_at", code))
        .containsExactly("reason-code.created", "reason-code.updated");
  }

  private static void signIn(Browser browser, String demoUser) {
    browser.open(TestEnvironment.publicUrl("/console/"));
    browser.submitPassword(demoUser, TestEnvironment.demoPassword());
    browser.submitTotp(Totp.freshCode(TestEnvironment.demoTotpSecret(demoUser)));
    browser.waitFor(By.id("console-heading"));
  }

  /** Opens the queue page and the queue's editor, as stored now. */
  private static void edit(Browser browser, String queue) {
    browser.open(QUEUES);
    browser.waitFor(By.id("queue-" + queue));
    browser.driver().findElement(By.cssSelector("#queue-" + queue + " .edit")).click();
    browser.waitFor(SAVE);
  }

  private static void awaitMessage(Browser browser, String text) {
    until(browser, () -> browser.driver().findElement(MESSAGES).getText().contains(text));
  }

  /** Waits up to 20 s for the page to meet the condition (a page still loading just fails a check). */
  private static void until(Browser browser, BooleanSupplier condition) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20), Duration.ofMillis(100))
        .ignoring(RuntimeException.class)
        .withMessage(() -> "on " + browser.driver().getCurrentUrl() + ": "
            + browser.driver().findElement(By.tagName("body")).getText())
        .until(driver -> condition.getAsBoolean());
  }

  private static void type(Browser browser, By field, String text) {
    WebElement input = browser.driver().findElement(field);
    input.clear();
    input.sendKeys(text);
  }

  private static String createQueue(String token, String name, String skill) {
    String body = """
        {"name": "%s", "strategy": "LONGEST_IDLE",
         "steps": [{"afterSeconds": 0, "skills": [{"skillId": "%s", "minProficiency": 5}]}]}
        """.formatted(name, skill);
    HttpResponse<String> created = Http.postJson(TestEnvironment.publicUrl("/api/v1/queues"), body, token);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode queue = Http.json(created);
    return queue.get("id").asText();
  }

  /** The call's routing once an agent is offered it (or as it stands after 10 s): "OFFERED agent-id". */
  private static String awaitOffer(UUID call) throws SQLException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    String routing = routing(call);
    while (!routing.startsWith("OFFERED") && Instant.now().isBefore(deadline)) {
      Database.pause(Duration.ofMillis(200));
      routing = routing(call);
    }
    return routing;
  }

  private static String routing(UUID call) throws SQLException {
    return String.join(" ", Database.column("SELECT status || ' ' || coalesce(agent_id::text, 'null')"
        + " FROM call_routing WHERE call_id = ?", call));
  }

  private static void post(String token, UUID call, long sequence, String type, String detail) {
    String event = Http.JSON.createObjectNode().put("callId", call.toString()).put("sequence", sequence)
        .put("occurredAt", Instant.now().toString()).put("type", type).put("detail", detail).toString();
    HttpResponse<String> response = Http.postJson(TestEnvironment.publicUrl("/api/v1/telephony/events"), event,
        token);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
