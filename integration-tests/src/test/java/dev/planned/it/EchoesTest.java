package dev.planned.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planned.Dispatcher;
import dev.planned.Request;
import dev.planned.Response;
import dev.planned.testing.CapturedLog;
import java.util.Map;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Whatever a problem repeats of the request is cut to its first 100 characters, marked with {@code
 * …}, and a path longer than that is left out of {@code instance}: in memory and on every server,
 * over a raw socket, with values far longer than that.
 */
class EchoesTest {
  private static final String CUT = "\u2026";

  /**
   * Tomcat logs the first head it refuses as too large (at INFO, later ones at DEBUG): kept out of
   * the build's output, and checked to be about the size. Registered before the servers, so that it
   * captures from before they start to after they stop.
   */
  @RegisterExtension
  static final CapturedLog tomcatParser =
      CapturedLog.of("org.apache.coyote.http11.Http11Processor").forTheWholeClass();

  @RegisterExtension
  static final EveryServer running =
      EveryServer.serving(() -> new Dispatcher[] {new Library(), new Typed()});

  private final Library library = new Library();
  private final Typed typed = new Typed();

  @AfterAll
  static void tomcatLoggedOnlyTheHeadItRefused() {
    for (LogRecord record : tomcatParser.records()) {
      assertEquals("Request header is too large", record.getThrown().getMessage());
    }
  }

  private static String unsupportedMethod(String method) {
    return "{\"type\":\"about:blank\",\"title\":\"Not Implemented\",\"status\":501,"
        + "\"detail\":\"The server does not support the method "
        + method.substring(0, 100)
        + CUT
        + " for any resource.\",\"instance\":\"/v1/books/978-0\"}";
  }

  @Test
  void methodOf300CharactersIsCutInThe501DetailInMemory() {
    String method = "M".repeat(300);

    Response response = library.dispatch(Request.of(method, "/v1/books/978-0"));

    assertEquals(501, response.status());
    assertEquals(unsupportedMethod(method), response.bodyText());
  }

  @ParameterizedTest
  @EnumSource(Servers.class)
  void methodOf300CharactersIsCutInThe501Detail(Servers server) {
    String method = "M".repeat(300);
    try (RawConnection connection = RawConnection.open(running.get(server))) {
      RawConnection.RawResponse answer =
          connection
              .send(method + " /v1/books/978-0 HTTP/1.1\r\nHost: localhost\r\n\r\n")
              .read(method);

      assertEquals(501, answer.status(), answer.toString());
      assertEquals(unsupportedMethod(method), answer.body());
    }
  }

  @Test
  void methodOf10000CharactersIsCutInThe501DetailInMemory() {
    String method = "M".repeat(10_000);

    Response response = library.dispatch(Request.of(method, "/v1/books/978-0"));

    assertEquals(unsupportedMethod(method), response.bodyText());
  }

  @ParameterizedTest
  @EnumSource(Servers.class)
  void methodOf10000CharactersIsCutOrRefusedByTheServer(Servers server) {
    String method = "M".repeat(10_000);
    try (RawConnection connection = RawConnection.open(running.get(server))) {
      RawConnection.RawResponse answer =
          connection
              .send(method + " /v1/books/978-0 HTTP/1.1\r\nHost: localhost\r\n\r\n")
              .read(method);

      switch (server) {
        // the JDK server passes it on, and Planned cuts it
        case JDK -> assertEquals(unsupportedMethod(method), answer.body());
        // Jetty and Tomcat refuse a request line longer than their 8 KiB head, themselves
        case JETTY, TOMCAT ->
            assertAll(
                () ->
                    assertTrue(
                        answer.status() == 400 || answer.status() == 414 || answer.status() == 431,
                        answer.toString()),
                () -> assertFalse(answer.body().contains("M".repeat(101)), answer.body()));
      }
    }
  }

  /** {@code /a/a/a…}: 10,000 segments, 20,000 characters. */
  private static final String LONG_PATH = "/a".repeat(10_000);

  private static final String NOT_FOUND =
      "{\"type\":\"about:blank\",\"title\":\"Not Found\","
          + "\"status\":404,\"detail\":\"No endpoint matches the path "
          + LONG_PATH.substring(0, 100)
          + CUT
          + ".\"}";

  @Test
  void pathOf10000SegmentsIsCutInTheDetailAndLeftOutOfInstanceInMemory() {
    Response response = library.dispatch(Request.get(LONG_PATH));

    assertEquals(404, response.status());
    assertEquals(NOT_FOUND, response.bodyText());
  }

  @ParameterizedTest
  @EnumSource(Servers.class)
  void pathOf10000SegmentsIsCutOrRefusedByTheServer(Servers server) {
    try (RawConnection connection = RawConnection.open(running.get(server))) {
      RawConnection.RawResponse answer =
          connection.send("GET " + LONG_PATH + " HTTP/1.1\r\nHost: localhost\r\n\r\n").read("GET");

      switch (server) {
        case JDK -> {
          assertEquals(404, answer.status());
          assertEquals(NOT_FOUND, answer.body());
        }
        case JETTY, TOMCAT ->
            assertAll(
                () ->
                    assertTrue(
                        answer.status() == 400 || answer.status() == 414 || answer.status() == 431,
                        answer.toString()),
                () -> assertFalse(answer.body().contains("/a".repeat(51)), answer.body()));
      }
    }
  }

  @Test
  void pathOf100CharactersIsTheInstanceWhole() {
    String path = "/v1/" + "b".repeat(96);

    Response response = library.dispatch(Request.get(path));

    assertEquals(
        "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
            + "\"detail\":\"No endpoint matches the path "
            + path
            + ".\",\"instance\":\""
            + path
            + "\"}",
        response.bodyText());
  }

  @ParameterizedTest
  @EnumSource(Servers.class)
  void longQueryValueIsCutInThe400Detail(Servers server) {
    String value = "9".repeat(5_000);

    Answer answer = running.get(server).send("GET", "/typed/boxes?i=" + value, Map.of(), null);

    assertEquals(400, answer.status());
    assertEquals(
        "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
            + "\"detail\":\"Query parameter \\\"i\\\" must be an int, but was \\\""
            + "9".repeat(100)
            + CUT
            + "\\\".\",\"instance\":\"/typed/boxes\"}",
        answer.body());
  }

  @ParameterizedTest
  @EnumSource(Servers.class)
  void longHeaderValueIsCutInThe400Detail(Servers server) {
    String value = "x".repeat(4_000);

    Answer answer =
        running
            .get(server)
            .send("GET", "/typed/headers", Map.of("X-Request-Id", value, "Accept", "*/*"), null);

    assertEquals(400, answer.status());
    assertEquals(
        "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
            + "\"detail\":\"Header \\\"X-Request-Id\\\" must be a UUID, but was \\\""
            + "x".repeat(100)
            + CUT
            + "\\\".\",\"instance\":\"/typed/headers\"}",
        answer.body());
  }

  @Test
  void longPathParameterIsCutInThe400Detail() {
    String value = "z".repeat(1_000);

    Response response = typed.dispatch(Request.get("/typed/items/" + value));

    assertEquals(400, response.status());
    assertEquals(
        "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
            + "\"detail\":\"Path parameter \\\"id\\\" must be a long, but was \\\""
            + "z".repeat(100)
            + CUT
            + "\\\".\"}",
        response.bodyText());
  }

  @Test
  void longContentTypeIsCutInThe415Detail() {
    String type = "text/" + "p".repeat(500);

    Response response =
        typed.dispatch(
            Request.of("POST", "/typed/items").withHeader("Content-Type", type).withBody("{}"));

    assertEquals(415, response.status());
    assertTrue(
        response.bodyText().contains(", not \\\"" + type.substring(0, 100) + CUT + "\\\"."),
        response.bodyText());
  }

  @Test
  void longUnknownPropertyIsCutInTheCodecsMessage() {
    String name = "q".repeat(1_000);

    Response response =
        typed.dispatch(
            Request.of("POST", "/typed/items")
                .withHeader("Content-Type", "application/json")
                .withBody("{\"name\":\"pen\",\"quantity\":1,\"" + name + "\":1}"));

    // the codec cuts the name it quotes, and the runtime cuts the codec's whole message
    assertEquals(400, response.status());
    assertEquals(
        "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
            + "\"detail\":\"The request body is not a valid NewItem: unknown property \\\""
            + "q".repeat(82)
            + CUT
            + "\",\"instance\":\"/typed/items\"}",
        response.bodyText());
  }
}
