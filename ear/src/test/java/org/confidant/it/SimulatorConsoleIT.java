package org.confidant.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.confidant.it.support.Browser;
import org.confidant.it.support.BrowserPerTest;
import org.confidant.it.support.Deployments;
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
 * The console's simulator page in headless Chromium: a supervisor starts a small run, watches its figures grow,
 * is told (not shown an error page) when starting a second, stops it; a bad setting starts nothing.
 */
@ExtendWith(ArquillianExtension.class)
class SimulatorConsoleIT {

  private static final URI CONSOLE = TestEnvironment.publicUrl("/console/");
  private static final URI SIMULATOR = TestEnvironment.publicUrl("/console/simulator.xhtml");
  private static final By STATE = By.id("run-state");
  private static final By CALLS_STARTED = By.id("run-calls-started");
  private static final By MESSAGES = By.id("messages");
  private static final Path SCREENSHOT = Path.of("target", "screenshots", "simulator-console.png");

  @RegisterExtension final BrowserPerTest browsers = new BrowserPerTest();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.confidantEar();
  }

  @Test
  void aSupervisorStartsWatchesAndStopsARunFromTheConsole() throws Exception {
    signIn("demo.supervisor");
    browser().driver().findElement(By.id("nav-simulator")).click();
    browser().waitFor(By.id("simulator-heading"));
    assertThat(stateIfAny()).as("no run going before the test").isNotEqualTo("RUNNING");

    fill("10", "0", "4");
    assertThat(browser().text(By.id("simulator:arrivalsPerSecond-error"))).as("field error").isNotBlank();
    assertThat(stateIfAny()).as("a bad setting starts nothing").isNotEqualTo("RUNNING");

    fill("10", "5", "4");
    assertThat(browser().text(MESSAGES)).contains("Run started");
    assertThat(browser().text(STATE)).isEqualTo("RUNNING");
    long startedAtFirst = Long.parseLong(browser().text(CALLS_STARTED));

    press("simulator:start-run");
    assertThat(browser().text(MESSAGES)).as("one run at a time").contains("already going");

    reloadUntil(() -> Long.parseLong(browser().text(CALLS_STARTED)) > startedAtFirst
        && Long.parseLong(browser().text(By.id("run-events-posted"))) > 0);
    assertThat(browser().text(STATE)).isEqualTo("RUNNING");
    browser().screenshot(SCREENSHOT);

    press("stop:stop-run");
    assertThat(browser().text(MESSAGES)).contains("Run stopping");
    reloadUntil(() -> "STOPPED".equals(browser().text(STATE)));
    assertThat(browser().driver().findElement(By.id("stop:stop-run")).isEnabled()).as("nothing left to stop").isFalse();
    assertThat(browser().text(By.id("run-calls-open"))).as("calls ended at the stop").isEqualTo("0");
  }

  private Browser browser() {
    return browsers.current();
  }

  private void signIn(String demoUser) {
    browser().open(CONSOLE);
    browser().submitPassword(demoUser, TestEnvironment.demoPassword());
    browser().submitTotp(Totp.freshCode(TestEnvironment.demoTotpSecret(demoUser)));
    browser().waitFor(By.id("console-heading"));
  }

  /**
   * Fills the start form and submits it, waiting for the page that answers. A seed of its own: the simulator derives
   * call ids from the seed, so a seed another test uses would replay that test's calls as duplicates.
   */
  private void fill(String calls, String arrivalsPerSecond, String agents) {
    type("seed", String.valueOf(1_000_000 + System.nanoTime() % 1_000_000));
    type("calls", calls);
    type("arrivalsPerSecond", arrivalsPerSecond);
    type("agents", agents);
    press("simulator:start-run");
  }

  /** Presses a button and waits for the page that answers. */
  private void press(String buttonId) {
    WebElement button = browser().driver().findElement(By.id(buttonId));
    button.click();
    new WebDriverWait(browser().driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(button));
    browser().waitFor(By.id("simulator-heading"));
  }

  private void type(String field, String value) {
    WebElement input = browser().driver().findElement(By.id("simulator:" + field));
    input.clear();
    input.sendKeys(value);
  }

  private String stateIfAny() {
    return browser().isShown(STATE) ? browser().text(STATE) : "no run";
  }

  /** Loads the page afresh (as its Refresh link does) until the condition holds, for up to 30 s. */
  private void reloadUntil(BooleanSupplier condition) {
    new WebDriverWait(browser().driver(), Duration.ofSeconds(30), Duration.ofMillis(500))
        .withMessage(() -> "figures on " + browser().driver().getCurrentUrl())
        .until(driver -> {
          browser().open(SIMULATOR);
          return condition.getAsBoolean();
        });
  }
}
