package org.confidant.it.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh headless browser for each test, closed after it:
 * {@code @RegisterExtension final BrowserPerTest browsers = new BrowserPerTest();} then {@code browsers.current()}.
 */
public final class BrowserPerTest implements BeforeEachCallback, AfterEachCallback {

  private Browser browser;

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    browser = new Browser();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  public Browser current() {
    return browser;
  }
}
