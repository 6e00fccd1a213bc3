package dev.planned.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import dev.planned.AccessLog;
import dev.planned.Cors;
import dev.planned.RequestIds;
import dev.planned.Router;
import dev.planned.testing.CapturedLog;
import dev.planned.testing.browser.HeadlessChromium;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * CORS as a browser enforces it: headless Debian Chromium, driven by Selenium as the example's
 * {@code SwaggerUiInBrowserTest} drives it, opens a page of one origin (a server on one loopback
 * port), whose script calls the API on another port with {@code fetch}. The API allows the page's
 * origin and refuses another page's; the test asserts what each page's script sees.
 *
 * <p>Without Chromium the test is skipped, saying so; under CI ({@code CI=true}) it fails instead
 * ({@link HeadlessChromium}).
 */
class CorsInBrowserTest {
  @RegisterExtension static final HeadlessChromium chromium = new HeadlessChromium();

  /**
   * Fetches {@code arguments[0]} with the options {@code arguments[1]}, and hands the test the
   * status, body and request id the script can read, or the error fetch failed with.
   */
  private static final String FETCH =
      """
      const done = arguments[arguments.length - 1];
      fetch(arguments[0], arguments[1])
          .then(r => r.text().then(body => done(
              'status=' + r.status + ' body=' + body + ' id=' + r.headers.get('X-Request-Id'))))
          .catch(e => done('failed: ' + e.name));
      """;

  private static HttpServer allowedPage;
  private static HttpServer refusedPage;
  private static RunningServer api;
  private static ChromeDriver browser;

  @RegisterExtension final CapturedLog log = CapturedLog.of(AccessLog.LOGGER);

  @BeforeAll
  static void start() throws IOException {
    if (!chromium.isRunning()) {
      return;
    }
    browser = chromium.browser();
    allowedPage = page();
    refusedPage = page();
    api =
        Servers.JDK.start(
            Router.builder()
                .filter(new RequestIds())
                .filter(new AccessLog())
                .filter(
                    Cors.builder()
                        .allowOrigins(origin(allowedPage))
                        .allowHeaders("Content-Type")
                        .exposeHeaders(RequestIds.HEADER)
                        .build())
                .serve(new Library()));
  }

  /** A server of one empty page, on a loopback port of its own: an origin of its own. */
  private static HttpServer page() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    byte[] html = "<!doctype html><title>page</title>".getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/",
        exchange -> {
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, html.length);
          try (OutputStream body = exchange.getResponseBody()) {
            body.write(html);
          }
        });
    server.start();
    return server;
  }

  private static String origin(HttpServer page) {
    return "http://127.0.0.1:" + page.getAddress().getPort();
  }

  @AfterAll
  static void stop() {
    if (api != null) {
      api.close();
    }
    for (HttpServer page : new HttpServer[] {allowedPage, refusedPage}) {
      if (page != null) {
        page.stop(0);
      }
    }
  }

  /** What the script of a page of this origin sees when it fetches from the API. */
  private static String fetchFrom(HttpServer page, String target, Map<String, Object> init) {
    browser.get(origin(page) + "/");
    return (String) browser.executeAsyncScript(FETCH, api.uri(target).toString(), init);
  }

  private List<String> accessLines() {
    return log.records().stream()
        .map(record -> record.getMessage().replaceAll(" [0-9.]+ms [0-9a-f]{32}$", ""))
        .toList();
  }

  @Test
  void anAllowedPageReadsTheAnswerAndItsRequestId() {
    String seen = fetchFrom(allowedPage, "/v1/books/978-0", Map.of());

    assertEquals(true, seen.matches("status=200 body=Dune id=[0-9a-f]{32}"), seen);
    assertEquals(List.of("GET /v1/books/{isbn} 200"), accessLines());
  }

  @Test
  void anAllowedPageSendsJsonAfterAPreflight() {
    String seen =
        fetchFrom(
            allowedPage,
            "/v1/books/978-1",
            Map.of(
                "method",
                "PUT",
                "headers",
                Map.of("Content-Type", "application/json"),
                "body",
                "\"Emma\""));

    assertEquals(true, seen.startsWith("status=201 body= id="), seen);
    assertEquals(List.of("OPTIONS - 204", "PUT /v1/books/{isbn} 201"), accessLines());
  }

  @Test
  void aPlannedMethodIsNeverSent() {
    // the preflight does not allow PATCH, planned: the browser stops before sending it
    String seen = fetchFrom(allowedPage, "/v1/books/978-0", Map.of("method", "PATCH"));

    assertEquals("failed: TypeError", seen);
    assertEquals(List.of("OPTIONS - 204"), accessLines());
  }

  @Test
  void aRefusedPageReadsNothing() {
    String seen = fetchFrom(refusedPage, "/v1/books/978-0", Map.of());

    assertEquals("failed: TypeError", seen);
    // a simple GET is sent without a preflight: the server answers, the browser hides it
    assertEquals(List.of("GET /v1/books/{isbn} 200"), accessLines());
  }

  @Test
  void aRefusedPageCannotEvenPreflight() {
    String seen =
        fetchFrom(
            refusedPage,
            "/v1/books/978-2",
            Map.of(
                "method",
                "PUT",
                "headers",
                Map.of("Content-Type", "application/json"),
                "body",
                "\"Emma\""));

    assertEquals("failed: TypeError", seen);
    assertEquals(List.of("OPTIONS - 204"), accessLines());
  }
}
