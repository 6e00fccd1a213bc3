package dev.planned.testing.browser;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium, headless, driven by Selenium through chromium-driver, for one test class:
 *
 * <pre>{@code
 * @RegisterExtension static final HeadlessChromium chromium = new HeadlessChromium();
 * ...
 * chromium.browser().get(url);
 * }</pre>
 *
 * <p>Started before the class's {@code @BeforeAll} methods, quit after its {@code @AfterAll}
 * methods. Without Chromium (installed by {@code .ci/install-browser}) each test is skipped, saying
 * why; under CI ({@code CI=true}) the class fails instead, so that CI cannot pass without the
 * browser. The page's console is kept, at every level, for {@code browser().manage().logs()}.
 */
public final class HeadlessChromium
    implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /**
   * Selenium warns when it has no DevTools (CDP) support for the browser's exact version, as with a
   * Debian Chromium newer than the Selenium release; the tests use WebDriver only, so that warning
   * says nothing about them and would be noise in a quiet build. Held here: JUL keeps only weak
   * references to loggers, and a collected one would forget its level.
   */
  private static final Logger DEVTOOLS = Logger.getLogger("org.openqa.selenium.devtools");

  /** Why the browser cannot run here, or null when it can. */
  private String missing;

  private ChromeDriver browser;

  /** The browser, for a test that runs (tests are skipped without one). */
  public ChromeDriver browser() {
    if (browser == null) {
      throw new IllegalStateException(
          "No browser: register HeadlessChromium as a static @RegisterExtension field");
    }
    return browser;
  }

  /** Whether the browser runs: a class's {@code @BeforeAll} may skip its servers without one. */
  public boolean isRunning() {
    return browser != null;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    missing = missingBrowser();
    if (missing != null) {
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError(missing);
      }
      return; // each test is then skipped, with this reason (see beforeEach)
    }
    DEVTOOLS.setLevel(Level.SEVERE);
    ChromeOptions options =
        new ChromeOptions()
            .setBinary(CHROMIUM.toFile())
            // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start
            .addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=1280,2000");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withLogOutput(OutputStream.nullOutputStream())
            .build();
    browser = new ChromeDriver(service, options);
  }

  /** Skipped tests show in the build's summary, as a class that aborts before them would not. */
  @Override
  public void beforeEach(ExtensionContext context) {
    Assumptions.assumeTrue(missing == null, missing);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
  }

  private static String missingBrowser() {
    List<String> absent = new ArrayList<>();
    for (Path program : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(program)) {
        absent.add(program.toString());
      }
    }
    return absent.isEmpty()
        ? null
        : "No "
            + String.join(" nor ", absent)
            + " (Debian's chromium and chromium-driver):"
            + " run .ci/install-browser";
  }
}
