package org.confidant.it.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven by Debian's chromedriver (no driver downloads). */
public final class Browser implements AutoCloseable {

  private final WebDriver driver;

  public Browser() throws java.io.IOException {
    ChromeOptions options = new ChromeOptions()
        .setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"))
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--ignore-certificate-errors", "--window-size=1280,900",
            "--user-data-dir=" + Files.createTempDirectory("confidant-chromium"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
        .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(java.net.URI uri) {
    driver.get(uri.toString());
  }

  public void waitFor(By element) {
    patiently().until(ExpectedConditions.presenceOfElementLocated(element));
  }

  /** Keycloak's login form: user name and password, then submit. */
  public void submitPassword(String username, String password) {
    waitFor(By.id("username"));
    driver.findElement(By.id("username")).clear();
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("kc-login")).click();
  }

  /** Keycloak's one-time code form. */
  public void submitTotp(String code) {
    waitFor(By.id("otp"));
    driver.findElement(By.id("otp")).sendKeys(code);
    driver.findElement(By.id("kc-login")).click();
  }

  /** Keycloak may ask "Do you want to log out?" (it depends on the session); answers yes if it does. */
  public void confirmKeycloakLogoutIfAsked(By pageAfterLogout) {
    By confirm = By.id("kc-logout");
    patiently().until(ExpectedConditions.or(
        ExpectedConditions.presenceOfElementLocated(confirm),
        ExpectedConditions.presenceOfElementLocated(pageAfterLogout)));
    if (isShown(confirm)) {
      driver.findElement(confirm).click();
    }
  }

  public String text(By element) {
    waitFor(element);
    return driver.findElement(element).getText();
  }

  /** Waits up to 20 s; a timeout names the page the browser is on and what it says. */
  private WebDriverWait patiently() {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.withMessage(() -> "on " + driver.getCurrentUrl() + ", page text: " + pageText());
    return wait;
  }

  private String pageText() {
    try {
      return driver.findElement(By.tagName("body")).getText().replaceAll("\\s+", " ");
    } catch (RuntimeException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }

  /** Saves what the browser shows (for the docs), creating the file's directory. */
  public void screenshot(Path file) throws java.io.IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  public boolean isShown(By element) {
    return !driver.findElements(element).isEmpty();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
