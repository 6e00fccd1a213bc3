package dev.planned.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planned.Dispatcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests that some servers answer themselves, before Planned sees them: what a client actually
 * receives from each, sent over a raw socket (HttpClient refuses to send most of them). The
 * README's table of server differences is this table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerDifferencesTest {
  /** Who wrote the answer: Planned (a problem or an endpoint) or the server itself. */
  enum By {
    PLANNED,
    SERVER
  }

  @RegisterExtension
  static final EveryServer running =
      EveryServer.serving(() -> new Dispatcher[] {new Library(), new Authors()});

  static Stream<Arguments> differences() {
    return Stream.of(
        // TRACE: Tomcat's connector refuses it (allowTrace=false) with 405 and "Allow: OPTIONS"
        row("TRACE /v1/books/978-0", Servers.JDK, 501, By.PLANNED),
        row("TRACE /v1/books/978-0", Servers.JETTY, 501, By.PLANNED),
        row("TRACE /v1/books/978-0", Servers.TOMCAT, 405, By.SERVER),
        // a request line with a method that is not a token
        row("G(T /v1/books/978-0", Servers.JDK, 400, By.PLANNED),
        row("G(T /v1/books/978-0", Servers.JETTY, 400, By.SERVER),
        row("G(T /v1/books/978-0", Servers.TOMCAT, 400, By.SERVER),
        // a target that is not even a URI
        row("GET /v1/books/%zz", Servers.JDK, 400, By.SERVER),
        row("GET /v1/books/%zz", Servers.JETTY, 400, By.SERVER),
        row("GET /v1/books/%zz", Servers.TOMCAT, 400, By.SERVER),
        // percent-escapes that are not UTF-8
        row("GET /v1/books/%E2%28", Servers.JDK, 400, By.PLANNED),
        row("GET /v1/books/%E2%28", Servers.JETTY, 400, By.SERVER),
        row("GET /v1/books/%E2%28", Servers.TOMCAT, 400, By.SERVER),
        // an encoded slash: routed inside its segment, or refused as ambiguous
        row("GET /v1/files/a%2Fb", Servers.JDK, 200, By.PLANNED),
        row("GET /v1/files/a%2Fb", Servers.JETTY, 400, By.SERVER),
        row("GET /v1/files/a%2Fb", Servers.TOMCAT, 400, By.SERVER),
        // an encoded percent sign: Jetty refuses it as an ambiguous encoding
        row("GET /v1/books/50%25", Servers.JDK, 404, By.PLANNED),
        row("GET /v1/books/50%25", Servers.JETTY, 400, By.SERVER),
        row("GET /v1/books/50%25", Servers.TOMCAT, 404, By.PLANNED),
        // an encoded backslash
        row("GET /v1/books/%5C", Servers.JDK, 404, By.PLANNED),
        row("GET /v1/books/%5C", Servers.JETTY, 400, By.SERVER),
        row("GET /v1/books/%5C", Servers.TOMCAT, 400, By.SERVER),
        // an encoded control character
        row("GET /v1/books/%09", Servers.JDK, 404, By.PLANNED),
        row("GET /v1/books/%09", Servers.JETTY, 400, By.SERVER),
        row("GET /v1/books/%09", Servers.TOMCAT, 404, By.PLANNED),
        // an empty segment
        row("GET /v1/files/a//b", Servers.JDK, 200, By.PLANNED),
        row("GET /v1/files/a//b", Servers.JETTY, 400, By.SERVER),
        row("GET /v1/files/a//b", Servers.TOMCAT, 200, By.PLANNED),
        // a dot segment: the JDK server passes it through; the servlet adapter refuses it, since
        // the container maps (and secures) the normalized path while Planned routes the raw one
        row("GET /v1/files/a/../b", Servers.JDK, 200, By.PLANNED),
        row("GET /v1/files/a/../b", Servers.JETTY, 400, By.PLANNED),
        row("GET /v1/files/a/../b", Servers.TOMCAT, 400, By.PLANNED),
        // OPTIONS *: no server passes it to Planned; Tomcat answers with its own fixed Allow
        row("OPTIONS *", Servers.JDK, 404, By.SERVER),
        row("OPTIONS *", Servers.JETTY, 404, By.SERVER),
        row("OPTIONS *", Servers.TOMCAT, 200, By.SERVER));
  }

  private static Arguments row(String requestLine, Servers server, int status, By by) {
    return Arguments.of(requestLine, server, status, by);
  }

  @ParameterizedTest(name = "{1}: {0} -> {2} by {3}")
  @MethodSource("differences")
  void whatTheClientReceives(String requestLine, Servers server, int status, By by) {
    String response = running.get(server).sendRaw(requestLine + " HTTP/1.1");

    assertEquals("HTTP/1.1 " + status, response.substring(0, 12), response);
    String type =
        response
            .toLowerCase()
            .lines()
            .filter(line -> line.startsWith("content-type:"))
            .findFirst()
            .orElse("");
    // Planned answers with a problem or an endpoint's text; servers with HTML pages or nothing
    boolean planned = type.contains("application/problem+json") || type.contains("text/plain");
    assertEquals(by == By.PLANNED, planned, "answered by " + by + ": " + response);
  }

  @Test
  void tomcatAnswersOptionsStarWithItsOwnMethods() {
    String response = running.get(Servers.TOMCAT).sendRaw("OPTIONS * HTTP/1.1");

    // not the union Planned serves (which would add PATCH and LINK): Tomcat's fixed list
    assertTrue(response.contains("\r\nAllow: GET, HEAD, POST, PUT, DELETE, OPTIONS\r\n"), response);
  }

  /** Tomcat writes no reason phrase at all (RFC 9112 allows it); the problem's title has one. */
  @Test
  void reasonPhrases() {
    String request = "GET /nowhere HTTP/1.1";

    assertTrue(running.get(Servers.JDK).sendRaw(request).startsWith("HTTP/1.1 404 Not Found\r\n"));
    assertTrue(
        running.get(Servers.JETTY).sendRaw(request).startsWith("HTTP/1.1 404 Not Found\r\n"));
    String tomcat = running.get(Servers.TOMCAT).sendRaw(request);
    assertTrue(tomcat.startsWith("HTTP/1.1 404 \r\n"), tomcat);
    assertTrue(tomcat.contains("\"title\":\"Not Found\""), tomcat);
  }
}
