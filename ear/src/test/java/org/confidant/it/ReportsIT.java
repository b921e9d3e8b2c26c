package org.confidant.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A known day of calls, posted by a connector through the telephony events API and routed by the server to an agent
 * who logs in through the REST API, comes back in the queue report with the figures worked out by hand below; the
 * console's reports page shows them; the CSV export is audited; the Erlang C calculator answers the classic example.
 *
 * <p>The day is a random summer day of 2024 (Europe/Paris, +02:00), so a rerun against the same database does not
 * count the calls of an earlier run. Talk, hold and waits come from the events' own times and are exact; the
 * wrap-up is measured on the server's clock (the agent ends it through the API), so the test reads it back.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportsIT {

  private static final URI EVENTS = TestEnvironment.publicUrl("/api/v1/telephony/events");
  private static final URI MY_PRESENCE = TestEnvironment.publicUrl("/api/v1/agents/me/presence");
  private static final String NURSE_LINE = "00000000-0000-4000-8000-000000000203";
  private static final String BLAKE = "00000000-0000-4000-8000-000000000302";
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final LocalDate DAY = LocalDate.of(2024, 5, 1).plusDays(ThreadLocalRandom.current().nextInt(120));
  /** 09:00 in Paris on the day. */
  private static final Instant NINE = DAY.atTime(9, 0).atZone(PARIS).toInstant();
  private static final Path SCREENSHOT = Path.of("target", "screenshots", "reports-console.png");

  private static String telephony;
  private static String supervisor;
  private static String blake;
  private static final List<UUID> ANSWERED = new ArrayList<>();

  @RegisterExtension final BrowserPerTest browsers = new BrowserPerTest();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.confidantEar();
  }

  @BeforeAll
  static void tokens() {
    telephony = Keycloak.telephonyToken();
    supervisor = Keycloak.accessToken("demo.supervisor");
    blake = Keycloak.accessToken("demo.agent2");
  }

  //  call  queued   answered/left   wait  talk  hold  end
  //  1     09:00:02 09:00:12        10 s  40 s  20 s  agent hung up at 09:01:12 (held 09:00:32–09:00:52)
  //  2     09:10:01 09:10:26        25 s  100 s  0 s  agent hung up at 09:12:06
  //  3     09:20:01 09:20:04         3 s   -     -    caller left: a short abandon (< 5 s)
  //  4     09:30:01 09:30:41        40 s   -     -    caller left
  //  5     10:30:01 10:31:01        60 s   -     -    callback scheduled
  @Test
  @Order(1)
  void theQueueReportShowsTheHandComputedFigures() throws SQLException {
    logOut();
    available();
    UUID first = call(0, new Object[][] {{2, "QUEUED", NURSE_LINE}, {4, "RINGING", null}, {12, "ANSWERED", null},
        {32, "HELD", null}, {52, "RESUMED", null}, {72, "ENDED", "AGENT_HUNG_UP"}});
    available();   // ends the wrap-up after call 1
    UUID second = call(600, new Object[][] {{601, "QUEUED", NURSE_LINE}, {620, "RINGING", null},
        {626, "ANSWERED", null}, {726, "ENDED", "AGENT_HUNG_UP"}});
    available();   // ends the wrap-up after call 2
    ANSWERED.addAll(List.of(first, second));
    logOut();      // nobody to answer: the next calls wait until they end
    call(1200, new Object[][] {{1201, "QUEUED", NURSE_LINE}, {1204, "ENDED", "CALLER_HUNG_UP"}});
    call(1800, new Object[][] {{1801, "QUEUED", NURSE_LINE}, {1841, "ENDED", "CALLER_HUNG_UP"}});
    call(5400, new Object[][] {{5401, "QUEUED", NURSE_LINE}, {5461, "ENDED", "CALLBACK_SCHEDULED"}});

    double wrapUps = awaitFacts();
    JsonNode hours = report("HOUR", "ANSWERED_ONLY");
    assertThat(hours.get("serviceLevelLabel").asText()).isEqualTo("answered within 20 s ÷ answered");
    JsonNode nine = row(hours, NINE);
    assertThat(nine.get("groupName").asText()).isEqualTo("Nurse line");
    assertThat(nine.get("offered").asLong()).isEqualTo(4);
    assertThat(nine.get("answered").asLong()).isEqualTo(2);
    assertThat(nine.get("abandoned").asLong()).isEqualTo(2);
    assertThat(nine.get("shortAbandoned").asLong()).isEqualTo(1);
    // ASA = (10 + 25) / 2 = 17.5 s
    assertThat(nine.get("averageSpeedOfAnswerSeconds").asDouble()).isCloseTo(17.5, within(0.001));
    // AHT = ((40 + 20) + (100 + 0) + wrap-ups) / 2 = (160 s + wrap-ups) / 2
    assertThat(nine.get("averageHandleTimeSeconds").asDouble()).isCloseTo((160 + wrapUps) / 2, within(0.001));
    // SL = answered within 20 s (call 1) / answered (2) = 50 %
    assertThat(nine.get("serviceLevelPercent").asDouble()).isCloseTo(50.0, within(0.001));
    // abandon rate = 2 / 4 = 50 %
    assertThat(nine.get("abandonRatePercent").asDouble()).isCloseTo(50.0, within(0.001));
    JsonNode ten = row(hours, NINE.plusSeconds(3600));
    assertThat(ten.get("offered").asLong()).isEqualTo(1);
    assertThat(ten.get("callbacks").asLong()).isEqualTo(1);
    assertThat(ten.has("averageSpeedOfAnswerSeconds") && !ten.get("averageSpeedOfAnswerSeconds").isNull())
        .as("nothing answered: no average").isFalse();

    JsonNode day = row(report("DAY", "ANSWERED_PLUS_ABANDONED"), DAY.atStartOfDay(PARIS).toInstant());
    assertThat(day.get("offered").asLong()).isEqualTo(5);
    // SL = 1 within 20 s / (2 answered + 2 abandoned) = 25 %; abandon rate = 2 / 5 = 40 %
    assertThat(day.get("serviceLevelPercent").asDouble()).isCloseTo(25.0, within(0.001));
    assertThat(day.get("abandonRatePercent").asDouble()).isCloseTo(40.0, within(0.001));
    assertThat(day.get("callbacks").asLong()).isEqualTo(1);
  }

  @Test
  @Order(2)
  void theAgentReportCountsTheCallsBlakeAnswered() {
    HttpResponse<String> response = Http.get(reportUri("agents", "DAY", "ANSWERED_ONLY"), supervisor);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode blakesDay = null;
    for (JsonNode row : Http.json(response).get("rows")) {
      if (BLAKE.equals(row.get("groupId").asText())) {
        blakesDay = row;
      }
    }
    assertThat(blakesDay).isNotNull();
    assertThat(blakesDay.get("answered").asLong()).isEqualTo(2);
    assertThat(blakesDay.get("averageSpeedOfAnswerSeconds").asDouble()).isCloseTo(17.5, within(0.001));
  }

  @Test
  @Order(3)
  void theCsvExportIsAuditedAndBadFiltersAreNamed() throws SQLException {
    long exportsBefore = Database.scalar("SELECT count(*) FROM audit_entry WHERE action = ?", "report.exported");
    HttpResponse<String> csv = Http.send(HttpRequest.newBuilder(reportUri("queues", "HOUR", "ANSWERED_ONLY"))
        .header("Accept", "text/csv").header("Authorization", "Bearer " + supervisor).GET().build());
    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
        .startsWith("text/csv"));
    assertThat(csv.body()).contains("service_level_pct (answered within 20 s ÷ answered)")
        .contains(DAY + "T09:00:00+02:00," + NURSE_LINE + ",Nurse line,4,2,2,1,17.50,");
    assertThat(Database.scalar("SELECT count(*) FROM audit_entry WHERE action = ?", "report.exported"))
        .isEqualTo(exportsBefore + 1);

    HttpResponse<String> bad = Http.get(TestEnvironment.publicUrl("/api/v1/reports/queues?from=" + DAY
        + "&to=" + DAY + "&interval=FORTNIGHT"), supervisor);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(Http.json(bad).get("violations").findValuesAsText("field")).contains("interval", "period");
    assertThat(Http.get(reportUri("queues", "DAY", "ANSWERED_ONLY"), Keycloak.accessToken("demo.agent"))
        .statusCode()).as("agents do not read reports").isEqualTo(403);
  }

  @Test
  @Order(4)
  void erlangCAndErlangAAnswerTheClassicExampleAndRefuseNonsense() {
    URI erlangC = TestEnvironment.publicUrl("/api/v1/staffing/erlang-c");
    HttpResponse<String> answer = Http.postJson(erlangC, "{\"intervalMinutes\":30,\"calls\":100,"
        + "\"averageHandleSeconds\":180,\"targetPercent\":80,\"targetSeconds\":20}", supervisor);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    // 10 Erlangs: 13 agents give 79.6 %, 14 give 88.8 %
    assertThat(Http.json(answer).get("agents").asInt()).isEqualTo(14);
    assertThat(Http.json(answer).get("serviceLevelPercent").asDouble()).isCloseTo(88.84, within(0.01));
    HttpResponse<String> nonsense = Http.postJson(erlangC, "{\"intervalMinutes\":30,\"calls\":100,"
        + "\"averageHandleSeconds\":180,\"targetPercent\":100,\"targetSeconds\":20}", supervisor);
    assertThat(nonsense.statusCode()).isEqualTo(400);
    assertThat(Http.json(nonsense).get("violations").findValuesAsText("field")).containsExactly("targetPercent");

    // Erlang A on the same interval, callers patient 2 minutes on average (ErlangATest checks it by simulation).
    URI erlangA = TestEnvironment.publicUrl("/api/v1/staffing/erlang-a");
    String classic = "{\"intervalMinutes\":30,\"calls\":100,\"averageHandleSeconds\":180,\"targetPercent\":80,"
        + "\"targetSeconds\":20";
    HttpResponse<String> withAbandons = Http.postJson(erlangA, classic + ",\"averagePatienceSeconds\":120}", supervisor);
    assertThat(withAbandons.statusCode()).as(withAbandons.body()).isEqualTo(200);
    assertThat(Http.json(withAbandons).get("model").asText()).isEqualTo("ERLANG_A");
    assertThat(Http.json(withAbandons).get("agents").asInt()).isEqualTo(12);
    assertThat(Http.json(withAbandons).get("abandonPercent").asDouble()).isCloseTo(6.2, within(0.15));
    HttpResponse<String> noPatience = Http.postJson(erlangA, classic + "}", supervisor);
    assertThat(noPatience.statusCode()).isEqualTo(400);
    assertThat(Http.json(noPatience).get("violations").findValuesAsText("field"))
        .containsExactly("averagePatienceSeconds");
  }

  @Test
  @Order(5)
  void theReportsPageShowsTheFiguresAndTheStaffingPageTheAgentsNeeded() throws Exception {
    Browser browser = browsers.current();
    browser.open(TestEnvironment.publicUrl("/console/"));
    browser.submitPassword("demo.supervisor", TestEnvironment.demoPassword());
    browser.submitTotp(Totp.freshCode(TestEnvironment.demoTotpSecret("demo.supervisor")));
    browser.waitFor(By.id("console-heading"));
    browser.driver().findElement(By.id("nav-reports")).click();
    browser.waitFor(By.id("reports-heading"));

    JavascriptExecutor script = (JavascriptExecutor) browser.driver();
    script.executeScript("document.getElementById('report:from').value = arguments[0];"
        + "document.getElementById('report:to').value = arguments[0];", DAY.toString());
    WebElement zone = browser.driver().findElement(By.id("report:zone"));
    zone.clear();
    zone.sendKeys("Europe/Paris");
    press(browser, "report:show", "reports-heading");

    WebElement nine = browser.driver().findElement(By.xpath("//table[@id='report-table']/tbody/tr[td[@class='interval']"
        + "[starts-with(., '" + DAY + " 09:00')]]"));
    assertThat(nine.findElement(By.className("group")).getText()).isEqualTo("Nurse line");
    assertThat(nine.findElement(By.className("offered")).getText()).isEqualTo("4");
    assertThat(nine.findElement(By.className("answered")).getText()).isEqualTo("2");
    assertThat(nine.findElement(By.className("asa")).getText()).isEqualTo("17.5");
    assertThat(nine.findElement(By.className("service-level")).getText()).isEqualTo("50.0");
    assertThat(browser.text(By.id("service-level-label"))).contains("answered within 20 s ÷ answered");
    assertThat(browser.driver().findElements(By.cssSelector("#report-chart rect.offered"))).hasSize(2);
    browser.screenshot(SCREENSHOT);

    browser.driver().findElement(By.id("nav-staffing")).click();
    browser.waitFor(By.id("staffing-heading"));
    WebElement patience = browser.driver().findElement(By.id("staffing:averagePatienceSeconds"));
    patience.clear();
    patience.sendKeys("120");
    press(browser, "staffing:calculate", "staffing-heading");
    assertThat(browser.text(By.id("erlang-c-agents-needed"))).isEqualTo("14");
    assertThat(browser.text(By.id("erlang-a-agents-needed"))).isEqualTo("12");
    assertThat(browser.text(By.id("erlang-a-expected-abandons"))).endsWith("%");
  }

  // --------------------------------------------------------------------------------------------- helpers

  /** Posts a call's events: OFFERED at 09:00 + offset, then each (seconds after 09:00, type, detail). */
  private static UUID call(int offeredAfter, Object[][] events) {
    UUID call = UUID.randomUUID();
    post(call, 1, NINE.plusSeconds(offeredAfter), "OFFERED", null);
    for (int i = 0; i < events.length; i++) {
      post(call, i + 2, NINE.plusSeconds((Integer) events[i][0]), (String) events[i][1], (String) events[i][2]);
    }
    return call;
  }

  private static void post(UUID call, long sequence, Instant at, String type, String detail) {
    String body = "{\"callId\":\"" + call + "\",\"sequence\":" + sequence + ",\"occurredAt\":\"" + at
        + "\",\"type\":\"" + type + "\"" + (detail == null ? "" : ",\"detail\":\"" + detail + "\"") + "}";
    HttpResponse<String> response = Http.postJson(EVENTS, body, telephony);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(Http.json(response).get("outcome").asText()).as(response.body()).isEqualTo("APPLIED");
  }

  private static void available() {
    HttpResponse<String> response = Http.putJson(MY_PRESENCE, "{\"state\":\"AVAILABLE\"}", blake);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  private static void logOut() {
    HttpResponse<String> out = Http.putJson(TestEnvironment.publicUrl("/api/v1/agents/" + BLAKE + "/presence"),
        "{\"state\":\"LOGGED_OUT\"}", supervisor);
    assertThat(out.statusCode()).as(out.body()).isEqualTo(200);
  }

  /** Waits for the five facts and the two wrap-ups (written by consumers of events); answers the wrap-ups in s. */
  private static double awaitFacts() throws SQLException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    String facts = "SELECT count(*) FROM report_call WHERE queue_id = ?::uuid AND queued_at >= '" + NINE
        + "' AND queued_at < '" + NINE.plusSeconds(7200) + "'";
    String wrapped = "SELECT count(*) FROM report_call WHERE wrap_up_ms IS NOT NULL AND call_id IN ('"
        + ANSWERED.get(0) + "', '" + ANSWERED.get(1) + "') AND queue_id = ?::uuid";
    while ((Database.scalar(facts, NURSE_LINE) < 5 || Database.scalar(wrapped, NURSE_LINE) < 2)
        && Instant.now().isBefore(deadline)) {
      Database.pause(Duration.ofMillis(250));
    }
    assertThat(Database.scalar(facts, NURSE_LINE)).as("facts of the five calls").isEqualTo(5);
    assertThat(Database.scalar(wrapped, NURSE_LINE)).as("wrap-ups of the two answered calls").isEqualTo(2);
    return Database.scalar("SELECT sum(wrap_up_ms) FROM report_call WHERE call_id IN ('" + ANSWERED.get(0) + "', '"
        + ANSWERED.get(1) + "') AND queue_id = ?::uuid", NURSE_LINE) / 1000.0;
  }

  private static URI reportUri(String kind, String interval, String denominator) {
    return TestEnvironment.publicUrl("/api/v1/reports/" + kind + "?from=" + DAY + "&to=" + DAY.plusDays(1)
        + "&zone=Europe/Paris&interval=" + interval + "&serviceLevelSeconds=20&shortAbandonSeconds=5&denominator="
        + denominator + (kind.equals("queues") ? "&queueId=" + NURSE_LINE : ""));
  }

  private static JsonNode report(String interval, String denominator) {
    HttpResponse<String> response = Http.get(reportUri("queues", interval, denominator), supervisor);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response);
  }

  private static JsonNode row(JsonNode report, Instant start) {
    for (JsonNode row : report.get("rows")) {
      if (Instant.parse(row.get("intervalStart").asText()).equals(start)) {
        return row;
      }
    }
    throw new AssertionError("no row at " + start + " in " + report);
  }

  private static void press(Browser browser, String buttonId, String headingId) {
    WebElement button = browser.driver().findElement(By.id(buttonId));
    button.click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(button));
    browser.waitFor(By.id(headingId));
  }
}
