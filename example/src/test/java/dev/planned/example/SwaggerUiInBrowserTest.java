package dev.planned.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planned.testing.browser.HeadlessChromium;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Swagger UI as a person sees it: Debian's Chromium, headless, driven by Selenium through
 * chromium-driver, loads the example's {@code /docs} from the JDK server on loopback. The page must
 * list every operation of the served document, mark the planned ones, and show a plan.
 *
 * <p>Without Chromium the test is skipped, saying so; under CI ({@code CI=true}) it fails instead
 * ({@link HeadlessChromium}).
 */
class SwaggerUiInBrowserTest {
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @RegisterExtension static final HeadlessChromium chromium = new HeadlessChromium();

  private static ExampleServer server;
  private static ChromeDriver browser;

  @BeforeAll
  static void startServer() throws IOException {
    if (chromium.isRunning()) {
      server = ExampleServer.start(0);
      browser = chromium.browser();
    }
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static String docs() {
    return "http://127.0.0.1:" + server.port() + "/docs";
  }

  /** Every operation of the served document, as {@code GET /api/users}. */
  private static Set<String> documentedOperations() throws Exception {
    String json =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/openapi.json"))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    return Set.copyOf(DocumentedOperations.of(new ObjectMapper().readTree(json)));
  }

  private static List<WebElement> operationsOnPage() {
    browser.get(docs());
    WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".opblock"), 0));
    return browser.findElements(By.cssSelector(".opblock"));
  }

  private static String operationOf(WebElement block) {
    String method = block.findElement(By.cssSelector(".opblock-summary-method")).getText();
    String path =
        block.findElement(By.cssSelector(".opblock-summary-path")).getDomAttribute("data-path");
    return method + " " + path;
  }

  @Test
  void thePageListsEveryOperationOfTheDocument() throws Exception {
    List<WebElement> blocks = operationsOnPage();

    List<String> shown = new ArrayList<>();
    for (WebElement block : blocks) {
      shown.add(operationOf(block));
    }
    assertEquals(documentedOperations(), Set.copyOf(shown));
    assertEquals(9, shown.size(), shown.toString());
  }

  @Test
  void thePageLoadsWithoutErrors() {
    operationsOnPage();

    List<String> errors =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
            .map(LogEntry::getMessage)
            .toList();
    assertEquals(List.of(), errors, "the browser's console");
  }

  @Test
  void plannedOperationsAreMarkedAndTheirPlanShows() throws Exception {
    List<String> badged = new ArrayList<>();
    WebElement patch = null;
    for (WebElement block : operationsOnPage()) {
      List<WebElement> badges = block.findElements(By.cssSelector(".planned-badge"));
      if (!badges.isEmpty()) {
        badged.add(operationOf(block) + ": " + badges.get(0).getDomProperty("textContent"));
      }
      if (operationOf(block).equals("PATCH /api/users/{id}")) {
        patch = block;
      }
    }
    assertEquals(
        Set.of("PATCH /api/users/{id}: planned for 2.0", "PUT /api/reports/export: planned"),
        Set.copyOf(badged));

    patch.findElement(By.cssSelector(".opblock-summary-control")).click();
    WebElement expanded =
        new WebDriverWait(browser, PATIENCE)
            .until(
                ExpectedConditions.visibilityOfNestedElementsLocatedBy(
                    patch, By.cssSelector(".opblock-body")))
            .get(0);
    String text = expanded.getText();
    assertTrue(text.contains("Partial updates are coming; send the whole user with PUT."), text);
    assertTrue(text.contains("x-planned"), "extensions are shown: " + text);
    assertTrue(text.contains("2.0"), text);

    // what the page looked like, for a person to check: example/target/swagger-ui.png
    File screenshot = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(
        screenshot.toPath(),
        Path.of("target", "swagger-ui.png"),
        StandardCopyOption.REPLACE_EXISTING);
  }
}
