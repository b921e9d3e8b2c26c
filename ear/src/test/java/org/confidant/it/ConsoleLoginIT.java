package org.confidant.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.confidant.it.support.Browser;
import org.confidant.it.support.Deployments;
import org.confidant.it.support.Keycloak;
import org.confidant.it.support.TestEnvironment;
import org.confidant.it.support.Totp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The real Keycloak login page in headless Chromium: password, then a TOTP code, then the console. */
@ExtendWith(ArquillianExtension.class)
class ConsoleLoginIT {

  private static final URI CONSOLE = TestEnvironment.publicUrl("/console/");
  private static final By SIGNED_IN_USER = By.id("signed-in-user");
  private static final By LOGIN_ERROR = By.cssSelector("#input-error, #input-error-otp-code, .pf-m-error, .alert-error");

  private Browser browser;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.confidantEar();
  }

  @BeforeEach
  void openBrowser() throws Exception {
    browser = new Browser();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void aSupervisorSignsInWithPasswordAndTotpAndReachesTheConsole() {
    browser.open(CONSOLE);
    assertThat(browser.driver().getCurrentUrl()).startsWith(TestEnvironment.keycloakUrl() + "/realms/confidant/");

    browser.submitPassword("demo.supervisor", TestEnvironment.demoPassword());
    browser.submitTotp(Totp.freshCode(TestEnvironment.demoTotpSecret("demo.supervisor")));

    assertThat(browser.text(SIGNED_IN_USER)).isEqualTo("demo.supervisor");
    assertThat(browser.text(By.id("signed-in-roles"))).isEqualTo("supervisor");
    assertThat(browser.driver().getCurrentUrl()).startsWith(CONSOLE.toString());
  }

  @Test
  void signingOutEndsTheSingleSignOnSessionToo() {
    browser.open(CONSOLE);
    browser.submitPassword("demo.supervisor", TestEnvironment.demoPassword());
    browser.submitTotp(Totp.freshCode(TestEnvironment.demoTotpSecret("demo.supervisor")));
    browser.waitFor(SIGNED_IN_USER);

    browser.driver().findElement(By.id("logout")).click();
    By signedOut = By.id("signed-out-heading");
    browser.confirmKeycloakLogoutIfAsked(signedOut);
    assertThat(browser.text(signedOut)).isEqualTo("Signed out");

    browser.open(CONSOLE);
    browser.waitFor(By.id("username"));
    assertThat(browser.driver().getCurrentUrl()).as("asked to log in again")
        .startsWith(TestEnvironment.keycloakUrl() + "/realms/confidant/");
  }

  @Test
  void aWrongTotpCodeIsRefused() {
    Keycloak.TestUser user = Keycloak.createUser("supervisor");
    browser.open(CONSOLE);

    browser.submitPassword(user.username(), user.password());
    browser.submitTotp(Totp.wrongCode(user.totpSecret()));

    browser.waitFor(LOGIN_ERROR);
    assertThat(browser.isShown(By.id("otp"))).as("still asked for a code").isTrue();
    assertThat(browser.isShown(SIGNED_IN_USER)).isFalse();
    assertThat(browser.driver().getCurrentUrl()).doesNotStartWith(CONSOLE.toString());
  }

  @Test
  void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightPassword() {
    Keycloak.TestUser user = Keycloak.createUser("supervisor");
    browser.open(CONSOLE);
    for (int attempt = 1; attempt <= 5; attempt++) {
      browser.submitPassword(user.username(), "wrong-password-" + attempt);
      browser.waitFor(LOGIN_ERROR);
    }

    assertThat(Keycloak.bruteForceStatus(user.id()).get("disabled").asBoolean()).as("locked").isTrue();

    browser.submitPassword(user.username(), user.password());
    browser.waitFor(LOGIN_ERROR);
    assertThat(browser.isShown(By.id("otp"))).as("the right password does not get past a lock").isFalse();
    assertThat(browser.isShown(SIGNED_IN_USER)).isFalse();
  }

  @Test
  void anAgentIsNotLetIntoTheSupervisorConsole() {
    browser.open(CONSOLE);

    browser.submitPassword("demo.agent", TestEnvironment.demoPassword());
    browser.submitTotp(Totp.freshCode(TestEnvironment.demoTotpSecret("demo.agent")));

    assertThat(browser.text(By.id("forbidden-heading"))).isEqualTo("Not allowed");
    assertThat(browser.isShown(SIGNED_IN_USER)).isFalse();
  }
}
