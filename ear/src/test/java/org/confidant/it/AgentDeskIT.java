package org.confidant.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import org.confidant.it.support.AgentDesk;
import org.confidant.it.support.Browser;
import org.confidant.it.support.BrowserPerTest;
import org.confidant.it.support.Database;
import org.confidant.it.support.Deployments;
import org.confidant.it.support.Http;
import org.confidant.it.support.Keycloak;
import org.confidant.it.support.RegisteredPbx;
import org.confidant.it.support.TestEnvironment;
import org.confidant.it.support.Totp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The agent desk in headless Chromium, with the test acting as the phone system through the signed CTI API: it posts
 * the call's events and checks the commands Confidant sends back. A known caller pops with their contact and open
 * case before the agent answers; the agent answers (Alt+A), holds, writes a note (kept over a page reload), and
 * warm-transfers to a second agent, whose pop shows the note; wrap-up cannot end before a disposition (the queue
 * requires one); the interaction is one complete record. An unknown caller is created as a contact from the pop,
 * and click-to-call places a DIAL to that contact's number through the connector.
 */
@ExtendWith(ArquillianExtension.class)
class AgentDeskIT {

  private static final URI DESK = TestEnvironment.publicUrl("/console/agent/desk.xhtml");
  private static final String ALEX = "00000000-0000-4000-8000-000000000301";
  private static final String BLAKE = "00000000-0000-4000-8000-000000000302";
  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private static final Path SCREENSHOT = Path.of("target", "screenshots", "agent-desk.png");

  @RegisterExtension final BrowserPerTest browsers = new BrowserPerTest();

  private UUID call;
  private long sequence;
  private boolean ended;

  private static RegisteredPbx pbx;
  private static String supervisor;
  private static String alex;
  private static String queue;
  private static String disposition;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.confidantEar();
  }

  @BeforeAll
  static void aPbxAQueueThatRequiresADispositionAndACode() {
    pbx = new RegisteredPbx("/pbx", List.of("DELIVER_TO_AGENT", "ANSWER", "HANG_UP", "HOLD", "RESUME", "MUTE",
        "UNMUTE", "SEND_DTMF", "BLIND_TRANSFER", "WARM_TRANSFER", "CONFERENCE", "DIAL"));
    supervisor = Keycloak.accessToken("demo.supervisor");
    alex = Keycloak.accessToken("demo.agent");
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created = Http.postJson(TestEnvironment.publicUrl("/api/v1/queues"),
        "{\"name\":\"IT desk " + suffix + "\",\"priority\":0,\"strategy\":\"LONGEST_IDLE\",\"wrapUpSeconds\":600,"
            + "\"dispositionRequired\":true,\"steps\":[{\"afterSeconds\":0}]}", supervisor);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(Http.json(created).get("dispositionRequired").asBoolean()).isTrue();
    queue = Http.json(created).get("id").asText();
    disposition = "DESK_" + suffix.toUpperCase().replaceAll("[^A-Z0-9]", "X");
    HttpResponse<String> code = Http.postJson(TestEnvironment.publicUrl("/api/v1/disposition-codes"),
        "{\"code\":\"" + disposition + "\",\"label\":\"Desk IT\"}", Keycloak.accessToken("demo.admin"));
    assertThat(code.statusCode()).as(code.body()).isEqualTo(201);
  }

  @BeforeEach
  void agentsLoggedOut() {
    AgentDesk.logOut(supervisor, ALEX, BLAKE);
  }

  /** A call the test left live (it failed half-way) ends, so the agents can be logged out for the next test. */
  @AfterEach
  void endTheCall() {
    if (call != null && !ended) {
      post("ENDED", "CALLER_HUNG_UP");
    }
  }

  @AfterAll
  static void cleanUp() {
    if (supervisor != null) {
      AgentDesk.logOut(supervisor, ALEX, BLAKE);
    }
    if (pbx != null) {
      pbx.close();
    }
  }

  @Test
  void aKnownCallerPopsIsHeldNotedWarmTransferredAndLoggedAsOneCompleteInteraction() throws Exception {
    String number = freshNumber();
    String contact = registerContact("Ada Lovelace-" + number.substring(9), number);
    String caseId = openCase(contact, "Repeat prescription " + number.substring(9));
    signIn(browser(), "demo.agent");
    goAvailable(browser());

    UUID call = newCall();
    post("OFFERED", number);
    post("QUEUED", queue);
    assertThat(RegisteredPbx.commands(call, "DELIVER_TO_AGENT")).singleElement()
        .satisfies(command -> assertThat(command.get("target").asText()).isEqualTo("1001"));
    post("RINGING", null);

    until(browser(), () -> "RINGING".equals(text(browser(), "call-state")));
    assertThat(text(browser(), "pop-match")).isEqualTo("ONE");
    assertThat(text(browser(), "pop-contacts")).contains("Ada Lovelace-" + number.substring(9));
    assertThat(text(browser(), "pop-cases")).contains("Repeat prescription " + number.substring(9));

    new Actions(browser().driver()).keyDown(Keys.ALT).sendKeys("a").keyUp(Keys.ALT).perform();
    awaitCommand(call, "ANSWER");
    post("ANSWERED", null);
    until(browser(), () -> "TALKING".equals(text(browser(), "call-state")));

    click(browser(), "hold");
    awaitCommand(call, "HOLD");
    post("HELD", null);
    until(browser(), () -> "HELD".equals(text(browser(), "call-state")));
    click(browser(), "resume");
    awaitCommand(call, "RESUME");
    post("RESUMED", null);
    until(browser(), () -> "TALKING".equals(text(browser(), "call-state")));

    String note = "Asked for the repeat prescription " + number.substring(9) + "; prefers mornings.";
    browser().driver().findElement(By.id("note-draft")).sendKeys(note);
    browser().driver().navigate().refresh(); // a reload loses neither the call nor the typed note
    until(browser(), () -> "TALKING".equals(text(browser(), "call-state")));
    assertThat(browser().driver().findElement(By.id("note-draft")).getAttribute("value")).isEqualTo(note);
    click(browser(), "save-note");
    until(browser(), () -> text(browser(), "notes-saved").contains(note));
    browser().screenshot(SCREENSHOT);

    try (Browser blake = new Browser()) {
      signIn(blake, "demo.agent2");
      goAvailable(blake);
      until(browser(), () -> browser().driver().findElements(
          By.cssSelector("#transfer-target option[value='agent:" + BLAKE + "']")).size() == 1);
      new Select(browser().driver().findElement(By.id("transfer-target"))).selectByValue("agent:" + BLAKE);
      new Select(browser().driver().findElement(By.id("transfer-mode"))).selectByValue("WARM");
      click(browser(), "transfer");
      JsonNode transfer = awaitCommand(call, "WARM_TRANSFER");
      assertThat(transfer.get("target").asText()).isEqualTo("1002");
      assertThat(transfer.get("parameters").get("agentId").asText()).isEqualTo(BLAKE);

      until(blake, () -> "RINGING".equals(text(blake, "call-state")));
      assertThat(text(blake, "transfer-notes")).as("the second agent's pop shows the note").contains(note);
      click(blake, "answer");
      awaitCommand(call, "ANSWER", 2);
      post("TRANSFERRED", null);
      post("ANSWERED", null);
      until(blake, () -> "TALKING".equals(text(blake, "call-state")));

      until(browser(), () -> "WRAP_UP".equals(text(browser(), "call-state")));
      click(browser(), "end-wrap-up");
      until(browser(), () -> text(browser(), "messages").contains("disposition"));
      assertThat(AgentDesk.myPresence(alex).get("state").asText()).isEqualTo("WRAP_UP");
      new Select(browser().driver().findElement(By.id("disposition"))).selectByValue(disposition);
      click(browser(), "save-disposition");
      until(browser(), () -> text(browser(), "disposition-set").contains(disposition));
      click(browser(), "end-wrap-up");
      until(browser(), () -> "AVAILABLE".equals(text(browser(), "presence-state")));

      click(blake, "hang-up");
      awaitCommand(call, "HANG_UP");
      post("ENDED", "AGENT_HUNG_UP");
      until(blake, () -> "WRAP_UP".equals(text(blake, "call-state")));
      click(blake, "end-wrap-up");
      until(blake, () -> "AVAILABLE".equals(text(blake, "presence-state")));
    }
    linkCase(call, contact, caseId);
    theInteractionIsOneCompleteRecord(call, contact, note);
  }

  @Test
  void anUnknownCallerBecomesAContactFromThePopAndClickToCallDialsThemThroughTheConnector() throws Exception {
    String number = freshNumber();
    signIn(browser(), "demo.agent");
    goAvailable(browser());
    UUID call = newCall();
    post("OFFERED", number);
    post("QUEUED", queue);
    post("RINGING", null);

    until(browser(), () -> "RINGING".equals(text(browser(), "call-state")));
    assertThat(text(browser(), "pop-match")).isEqualTo("NONE");
    browser().driver().findElement(By.id("new-contact-name")).sendKeys("Grace Hopper-" + number.substring(9));
    click(browser(), "create-contact");
    until(browser(), () -> text(browser(), "messages").contains("linked"));
    JsonNode interaction = Http.json(Http.get(TestEnvironment.publicUrl("/api/v1/interactions/" + call), alex));
    String contact = interaction.get("contactId").asText();
    assertThat(Database.scalar("SELECT count(*) FROM contact WHERE id = ?::uuid", contact)).isEqualTo(1);

    post("ENDED", "CALLER_HUNG_UP");
    until(browser(), () -> "AVAILABLE".equals(text(browser(), "presence-state")));
    until(browser(), () -> !browser().driver().findElements(By.cssSelector("#contact-phones .dial")).isEmpty());
    browser().driver().findElement(By.cssSelector("#contact-phones .dial")).click();

    JsonNode dial = awaitDial(contact);
    assertThat(dial.get("target").asText()).as("the agent's phone first").isEqualTo("1001");
    assertThat(dial.get("parameters").get("number").asText()).isEqualTo(number);
    assertThat(RegisteredPbx.parse(pbx.callback().await(dial.get("commandId").asText(), PATIENCE).body())
        .get("type").asText()).isEqualTo("DIAL");
    assertThat(Database.scalar("SELECT count(*) FROM audit_entry WHERE action = 'call.dialled'"
        + " AND resource_id = ?", contact + "/0")).as("audited by the phone's id, not its number").isEqualTo(1);
  }

  // --------------------------------------------------------------------------------------------- helpers

  private UUID newCall() {
    call = UUID.randomUUID();
    sequence = 0;
    ended = false;
    return call;
  }

  /** The phone system reports the next event of the test's call. */
  private void post(String type, String detail) {
    pbx.post(call, ++sequence, type, detail, null);
    ended |= "ENDED".equals(type);
  }

  private void theInteractionIsOneCompleteRecord(UUID call, String contact, String note) throws SQLException {
    assertThat(Database.scalar("SELECT count(*) FROM interaction WHERE call_id = ?", call)).isEqualTo(1);
    HttpResponse<String> read = Http.get(TestEnvironment.publicUrl("/api/v1/interactions/" + call), supervisor);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    JsonNode record = Http.json(read);
    for (String at : List.of("offeredAt", "queuedAt", "ringingAt", "connectedAt", "transferredAt", "endedAt")) {
      assertThat(record.get(at).isNull()).as(at).isFalse();
    }
    assertThat(record.get("holdMillis").asLong()).isPositive();
    assertThat(record.get("holds")).hasSize(1);
    assertThat(record.get("transfers").asInt()).isEqualTo(1);
    assertThat(record.get("wrapUpMillis").asLong()).isPositive();
    assertThat(record.get("dispositionCode").asText()).isEqualTo(disposition);
    assertThat(record.get("contactId").asText()).isEqualTo(contact);
    assertThat(record.get("notes").findValuesAsText("text")).containsExactly(note);
    assertThat(record.get("participants").findValuesAsText("agentId")).containsExactly(ALEX, BLAKE);
    for (JsonNode participant : record.get("participants")) {
      for (String at : List.of("answeredAt", "wrapUpStartedAt", "wrapUpEndedAt")) {
        assertThat(participant.get(at).isNull()).as(participant.get("agentId") + " " + at).isFalse();
      }
    }
  }

  /** The case is linked through the API here (the page's link buttons do the same PUT). */
  private static void linkCase(UUID call, String contact, String caseId) {
    HttpResponse<String> linked = Http.putJson(TestEnvironment.publicUrl("/api/v1/interactions/" + call + "/links"),
        "{\"contactId\":\"" + contact + "\",\"caseId\":\"" + caseId + "\"}", alex);
    assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
  }

  private static String registerContact(String name, String number) {
    HttpResponse<String> created = Http.postJson(TestEnvironment.publicUrl("/api/v1/contacts"),
        "{\"name\":\"" + name + "\",\"phones\":[{\"label\":\"mobile\",\"number\":\"" + number + "\"}]}", alex);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Http.json(created).get("id").asText();
  }

  private static String openCase(String contact, String subject) {
    HttpResponse<String> created = Http.postJson(TestEnvironment.publicUrl("/api/v1/cases"),
        "{\"contactId\":\"" + contact + "\",\"subject\":\"" + subject + "\",\"ownerAgentId\":\"" + ALEX + "\"}",
        alex);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Http.json(created).get("id").asText();
  }

  /** A fictional UK number (Ofcom's drama range 01632 960000-960999), different in each test. */
  private static String freshNumber() {
    return "+441632960" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
  }

  private static JsonNode awaitCommand(UUID call, String type) throws SQLException {
    return awaitCommand(call, type, 1);
  }

  /** The {@code nth} command of the type Confidant stored for the call, waiting for it. */
  private static JsonNode awaitCommand(UUID call, String type, int nth) throws SQLException {
    Instant deadline = Instant.now().plus(PATIENCE);
    List<JsonNode> sent = RegisteredPbx.commands(call, type);
    while (sent.size() < nth && Instant.now().isBefore(deadline)) {
      Database.pause(Duration.ofMillis(100));
      sent = RegisteredPbx.commands(call, type);
    }
    assertThat(sent).as(type + " commands for " + call).hasSizeGreaterThanOrEqualTo(nth);
    JsonNode command = sent.get(nth - 1);
    pbx.callback().await(command.get("commandId").asText(), PATIENCE);
    return command;
  }

  private static JsonNode awaitDial(String contact) throws SQLException {
    String query = "SELECT payload FROM connector_command WHERE type = 'DIAL'"
        + " AND payload::jsonb -> 'parameters' ->> 'contactId' = ?";
    Instant deadline = Instant.now().plus(PATIENCE);
    List<String> found = Database.column(query, contact);
    while (found.isEmpty() && Instant.now().isBefore(deadline)) {
      Database.pause(Duration.ofMillis(100));
      found = Database.column(query, contact);
    }
    assertThat(found).as("a DIAL for the contact").hasSize(1);
    return RegisteredPbx.parse(found.get(0));
  }

  private Browser browser() {
    return browsers.current();
  }

  private static void signIn(Browser browser, String demoUser) {
    browser.open(DESK);
    browser.submitPassword(demoUser, TestEnvironment.demoPassword());
    browser.submitTotp(Totp.freshCode(TestEnvironment.demoTotpSecret(demoUser)));
    browser.waitFor(By.id("desk-heading"));
    until(browser, () -> "live".equals(browser.driver().findElement(By.id("connection")).getAttribute("data-state"))
        && !"–".equals(text(browser, "presence-state")));
  }

  private static void goAvailable(Browser browser) {
    click(browser, "go-available");
    until(browser, () -> "AVAILABLE".equals(text(browser, "presence-state")));
  }

  private static void click(Browser browser, String id) {
    until(browser, () -> browser.driver().findElement(By.id(id)).isEnabled());
    browser.driver().findElement(By.id(id)).click();
  }

  private static String text(Browser browser, String id) {
    return browser.driver().findElement(By.id(id)).getText().strip();
  }

  private static void until(Browser browser, BooleanSupplier condition) {
    new WebDriverWait(browser.driver(), PATIENCE, Duration.ofMillis(50))
        .ignoring(RuntimeException.class)
        .withMessage(() -> "desk on " + browser.driver().getCurrentUrl() + ": "
            + browser.driver().findElement(By.tagName("body")).getText().replaceAll("\\s+", " "))
        .until(driver -> condition.getAsBoolean());
  }
}
