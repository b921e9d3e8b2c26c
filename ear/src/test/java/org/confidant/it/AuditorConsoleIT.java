package org.confidant.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Governance's audit trail against the real Keycloak: failed and successful logins (and a wrong one-time code) reach
 * the trail through the login-event import, exactly once; auditors search it through the API (validated, problem
 * details) and the console, export it signed, and a supervisor is refused both.
 */
@ExtendWith(ArquillianExtension.class)
class AuditorConsoleIT {

  private static final URI ENTRIES = TestEnvironment.publicUrl("/api/v1/audit/entries");
  private static final URI IMPORT = TestEnvironment.publicUrl("/api/v1/audit/login-imports");
  private static final By LOGIN_ERROR = By.cssSelector("#input-error, #input-error-otp-code, .pf-m-error, .alert-error");
  private static final Path SCREENSHOT = Path.of("target", "screenshots", "audit-console.png");

  @RegisterExtension final BrowserPerTest browsers = new BrowserPerTest();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.confidantEar();
  }

  @Test
  void failedAndSuccessfulLoginsAtKeycloakReachTheTrailOnce() {
    Keycloak.TestUser user = Keycloak.createUser("supervisor");
    Keycloak.clearRequiredActions(user.id());
    assertThat(Keycloak.passwordGrant(user.username(), "wrong-password", Totp.wrongCode(user.totpSecret()))
        .statusCode()).as("wrong password: invalid_grant").isEqualTo(400);
    assertThat(Keycloak.passwordGrant(user.username(), user.password(), Totp.freshCode(user.totpSecret()))
        .statusCode()).as("right password and code").isEqualTo(200);
    wrongCodeInTheBrowser(user);
    String auditor = Keycloak.accessToken("demo.auditor");

    HttpResponse<String> imported = Http.postForm(IMPORT, Map.of(), auditor);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

    JsonNode entries = search(auditor, "actor=" + user.username());
    assertThat(outcomesOf(entries)).containsExactlyInAnyOrder("login.mfa FAILED", "login SUCCESS", "login FAILED");
    JsonNode newest = entries.get("entries").get(0);
    assertThat(newest.get("resourceType").asText()).isEqualTo("user");
    assertThat(newest.get("resourceId").asText()).isEqualTo(user.id());

    assertThat(Http.postForm(IMPORT, Map.of(), auditor).statusCode()).isEqualTo(200);
    assertThat(search(auditor, "actor=" + user.username()).get("total").asLong()).as("no duplicates")
        .isEqualTo(3);
    JsonNode timeline = search(auditor, "resourceType=user&resourceId=" + user.id());
    assertThat(timeline.get("total").asLong()).as("the user's timeline").isEqualTo(3);
  }

  @Test
  void searchCriteriaAreValidatedAndOnlyAuditorsMaySearch() {
    String auditor = Keycloak.accessToken("demo.auditor");
    HttpResponse<String> invalid = Http.get(URI.create(ENTRIES + "?outcome=MAYBE&size=1000&from=2026-13-45"),
        auditor);
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    List<String> fields = new ArrayList<>();
    Http.json(invalid).get("violations").forEach(violation -> fields.add(violation.get("field").asText()));
    assertThat(fields).contains("outcome", "size", "timeRange");

    HttpResponse<String> supervisor = Http.get(ENTRIES, Keycloak.accessToken("demo.supervisor"));
    assertThat(supervisor.statusCode()).isEqualTo(403);
    assertThat(Http.postForm(IMPORT, Map.of(), Keycloak.accessToken("demo.agent")).statusCode())
        .isEqualTo(403);
  }

  @Test
  void anExportVerifiesWithThePublishedKey() throws Exception {
    String auditor = Keycloak.accessToken("demo.auditor");
    Http.postForm(IMPORT, Map.of(), auditor);

    HttpResponse<String> export = Http.get(URI.create(ENTRIES + "/export?format=csv&action=login"), auditor);
    assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
    assertThat(export.body()).startsWith("id,recorded_at,actor,roles,action,resource_type,resource_id,outcome,client_address");
    byte[] signature = Base64.getDecoder().decode(export.headers().firstValue("Confidant-Signature").orElseThrow());

    JsonNode key = Http.json(Http.get(TestEnvironment.publicUrl("/api/v1/audit/entries/export-key"), auditor));
    assertThat(export.headers().firstValue("Confidant-Signing-Key")).hasValue(key.get("keyId").asText());
    Signature verifier = Signature.getInstance("Ed25519");
    String pem = key.get("pem").asText().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    verifier.initVerify(KeyFactory.getInstance("Ed25519")
        .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem))));
    verifier.update(export.body().getBytes(StandardCharsets.UTF_8));
    assertThat(verifier.verify(signature)).as("signature over the exported bytes").isTrue();
  }

  @Test
  void anAuditorSearchesTheTrailInTheConsoleAndASupervisorIsRefused() throws Exception {
    String reason = "Clinician on leave, caller in pain " + java.util.UUID.randomUUID();
    String contactId = RecordsIT.breakGlassOnANewPatient(reason);
    signIn("demo.auditor");
    assertThat(browser().text(By.id("break-glass-latest"))).as("raised at the top of the console")
        .contains("demo.agent2").contains("contact " + contactId).contains(reason);
    press("logins:import-now");
    assertThat(browser().text(By.id("messages"))).contains("login events imported");
    browser().open(TestEnvironment.publicUrl("/console/audit/?action=login&outcome=SUCCESS"));

    assertThat(browser().text(By.id("audit-heading"))).isEqualTo("Audit trail");
    assertThat(browser().text(By.id("result-count"))).doesNotStartWith("0 ");
    assertThat(browser().text(By.id("audit-entries"))).contains("demo.auditor").contains("SUCCESS");
    press("chain:verify-chain");
    assertThat(browser().text(By.id("chain-state"))).isEqualTo("INTACT");
    browser().open(TestEnvironment.publicUrl("/console/audit/?action=login&outcome=SUCCESS"));
    browser().waitFor(By.id("audit-entries"));
    browser().screenshot(SCREENSHOT);

    browser().driver().findElement(By.cssSelector("#audit-entries .timeline-link")).click();
    assertThat(browser().text(By.id("timeline-heading"))).isEqualTo("Access timeline");
    assertThat(browser().text(By.id("audit-entries"))).contains("login");

    browser().driver().findElement(By.id("logout")).click();
    browser().confirmKeycloakLogoutIfAsked(By.id("signed-out-heading"));
    signIn("demo.supervisor");
    browser().open(TestEnvironment.publicUrl("/console/audit/"));
    assertThat(browser().text(By.id("forbidden-heading"))).isEqualTo("Not allowed");
  }

  private Browser browser() {
    return browsers.current();
  }

  private void signIn(String demoUser) {
    browser().open(TestEnvironment.publicUrl("/console/audit/"));
    browser().submitPassword(demoUser, TestEnvironment.demoPassword());
    browser().submitTotp(Totp.freshCode(TestEnvironment.demoTotpSecret(demoUser)));
    browser().waitFor(By.cssSelector("#audit-heading, #forbidden-heading"));
  }

  /** Presses a button and waits for the page that answers. */
  private void press(String buttonId) {
    WebElement button = browser().driver().findElement(By.id(buttonId));
    button.click();
    new WebDriverWait(browser().driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(button));
    browser().waitFor(By.id("audit-heading"));
  }

  /** The browser login's second step with a wrong code: Keycloak reports it with the OTP credential it checked. */
  private void wrongCodeInTheBrowser(Keycloak.TestUser user) {
    browser().open(TestEnvironment.publicUrl("/console/"));
    browser().submitPassword(user.username(), user.password());
    browser().submitTotp(Totp.wrongCode(user.totpSecret()));
    browser().waitFor(LOGIN_ERROR);
  }

  private static JsonNode search(String token, String query) {
    String encoded = query.replace("+", URLEncoder.encode("+", StandardCharsets.UTF_8));
    HttpResponse<String> response = Http.get(URI.create(ENTRIES + "?" + encoded), token);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response);
  }

  private static List<String> outcomesOf(JsonNode page) {
    List<String> outcomes = new ArrayList<>();
    page.get("entries").forEach(entry -> outcomes.add(entry.get("action").asText() + " " + entry.get("outcome")
        .asText()));
    return outcomes;
  }
}
