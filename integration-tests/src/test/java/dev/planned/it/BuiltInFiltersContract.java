package dev.planned.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planned.AccessLog;
import dev.planned.Cors;
import dev.planned.RequestIds;
import dev.planned.Router;
import dev.planned.testing.CapturedLog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The built-in filters (request ids, the access log, CORS) as a server registers them, the same in
 * memory and on every server. After each test, the access log holds exactly one line per request
 * sent, each naming the route template and the request's id.
 */
abstract class BuiltInFiltersContract {
  static final String APP = "https://app.example";
  private static final Pattern ACCESS_LINE =
      Pattern.compile(
          "INFO [A-Z]+ (-|/[^ ]+) [1-5][0-9][0-9] [0-9]+\\.[0-9]ms [A-Za-z0-9._:+/=-]+");
  private static final Pattern NEW_ID = Pattern.compile("[0-9a-f]{32}");

  /** What each server serves: the library behind the three built-in filters. */
  static Router library() {
    return Router.builder()
        .filter(new RequestIds())
        .filter(new AccessLog())
        .filter(
            Cors.builder()
                .allowOrigins(APP)
                .allowHeaders("Content-Type")
                .exposeHeaders(RequestIds.HEADER)
                .allowCredentials(true)
                .maxAge(Duration.ofMinutes(10))
                .build())
        .serve(new Library());
  }

  @RegisterExtension final CapturedLog log = CapturedLog.planned();

  /** Every request sent in this test, with the id of its answer. */
  private final List<String> sentIds = new ArrayList<>();

  abstract Answer exchange(String method, String target, Map<String, String> headers);

  Answer send(String method, String target, String... headerNamesAndValues) {
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; i < headerNamesAndValues.length; i += 2) {
      headers.put(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
    }
    Answer answer = exchange(method, target, headers);
    sentIds.add(answer.header(RequestIds.HEADER).orElseThrow());
    return answer;
  }

  @AfterEach
  void oneAccessLineWithItsIdPerRequest() {
    List<String> sent = List.copyOf(sentIds);
    sentIds.clear(); // a class that runs on each server keeps one instance for all its tests
    List<String> access =
        log.records().stream()
            .filter(record -> record.getLoggerName().equals(AccessLog.LOGGER))
            .map(record -> record.getLevel() + " " + record.getMessage())
            .toList();
    assertEquals(sent.size(), access.size(), access.toString());
    for (int i = 0; i < access.size(); i++) {
      assertTrue(ACCESS_LINE.matcher(access.get(i)).matches(), access.get(i));
      assertTrue(access.get(i).endsWith(" " + sent.get(i)), access.get(i));
    }
  }

  // CORS

  @Test
  void preflightOfAnAllowedOriginAllowsExactlyWhatThePathAllows() {
    String allow = send("OPTIONS", "/v1/books/978-0").header("Allow").orElseThrow();

    Answer preflight =
        send(
            "OPTIONS",
            "/v1/books/978-0",
            "Origin",
            APP,
            "Access-Control-Request-Method",
            "PUT",
            "Access-Control-Request-Headers",
            "content-type");

    assertEquals(204, preflight.status());
    assertEquals(APP, preflight.header("Access-Control-Allow-Origin").orElseThrow());
    assertEquals(allow, preflight.header("Access-Control-Allow-Methods").orElseThrow());
    assertEquals(allow, preflight.header("Allow").orElseThrow());
    assertEquals(List.of("DELETE", "GET", "HEAD", "OPTIONS", "PUT"), sorted(allow));
    assertEquals("Content-Type", preflight.header("Access-Control-Allow-Headers").orElseThrow());
    assertEquals("true", preflight.header("Access-Control-Allow-Credentials").orElseThrow());
    assertEquals("600", preflight.header("Access-Control-Max-Age").orElseThrow());
    assertEquals("Origin", preflight.header("Vary").orElseThrow());
  }

  @Test
  void preflightForAPlannedMethodDoesNotAllowIt() {
    // PATCH /v1/books/{isbn} is planned: it answers 501, so it is not in Allow, nor allowed here
    Answer patch =
        send("OPTIONS", "/v1/books/978-0", "Origin", APP, "Access-Control-Request-Method", "PATCH");
    // POST /v1/loans is the only route of its path, and planned
    Answer loans =
        send("OPTIONS", "/v1/loans", "Origin", APP, "Access-Control-Request-Method", "POST");

    assertFalse(
        sorted(patch.header("Access-Control-Allow-Methods").orElseThrow()).contains("PATCH"));
    assertEquals("OPTIONS", loans.header("Access-Control-Allow-Methods").orElseThrow());
  }

  @Test
  void preflightOfARefusedOriginHasNoCorsHeaders() {
    Answer preflight =
        send(
            "OPTIONS",
            "/v1/books/978-0",
            "Origin",
            "https://evil.example",
            "Access-Control-Request-Method",
            "PUT");

    assertEquals(List.of(), corsHeaders(preflight));
    assertEquals("Origin", preflight.header("Vary").orElseThrow());
  }

  @Test
  void preflightOfAnUnknownPathAllowsNothing() {
    Answer preflight =
        send("OPTIONS", "/v2/nothing", "Origin", APP, "Access-Control-Request-Method", "GET");

    assertEquals(404, preflight.status());
    assertEquals(List.of(), corsHeaders(preflight));
  }

  @Test
  void answerToAnAllowedOriginSaysSo() {
    Answer answer = send("GET", "/v1/books/978-0", "Origin", APP);

    assertEquals(200, answer.status());
    assertEquals("Dune", answer.body());
    assertEquals(APP, answer.header("Access-Control-Allow-Origin").orElseThrow());
    assertEquals("true", answer.header("Access-Control-Allow-Credentials").orElseThrow());
    assertEquals(RequestIds.HEADER, answer.header("Access-Control-Expose-Headers").orElseThrow());
    assertEquals("Origin", answer.header("Vary").orElseThrow());
  }

  @Test
  void errorsReachAnAllowedOriginToo() {
    // a planned endpoint's 501 and its plan are readable by the page, as any answer
    Answer planned = send("PATCH", "/v1/books/978-0", "Origin", APP);

    assertEquals(501, planned.status());
    assertEquals(APP, planned.header("Access-Control-Allow-Origin").orElseThrow());
  }

  @Test
  void answerToARefusedOriginHasNoCorsHeaders() {
    Answer answer = send("GET", "/v1/books/978-0", "Origin", "https://evil.example");

    assertEquals(200, answer.status()); // the browser, not the server, keeps it from the page
    assertEquals(List.of(), corsHeaders(answer));
    assertEquals("Origin", answer.header("Vary").orElseThrow());
  }

  @Test
  void answerWithoutOriginVariesByOriginForCaches() {
    Answer answer = send("GET", "/v1/books/978-0");

    assertEquals(List.of(), corsHeaders(answer));
    assertEquals("Origin", answer.header("Vary").orElseThrow());
  }

  // request ids

  @Test
  void anIdIsCreatedWhenNoneIsSent() {
    String first = send("GET", "/v1/books/978-0").header(RequestIds.HEADER).orElseThrow();
    String second = send("GET", "/v1/books/978-0").header(RequestIds.HEADER).orElseThrow();

    assertTrue(NEW_ID.matcher(first).matches(), first);
    assertNotEquals(first, second);
  }

  @Test
  void aSafeIncomingIdIsKept() {
    String uuid = "0b8e9d2c-3f1a-4e5b-9c7d-2a1b3c4d5e6f";
    String longest = "a".repeat(RequestIds.MAX_LENGTH);

    assertEquals(
        uuid,
        send("GET", "/v1/books/978-0", RequestIds.HEADER, uuid)
            .header(RequestIds.HEADER)
            .orElseThrow());
    assertEquals(
        longest,
        send("GET", "/v1/books/978-0", RequestIds.HEADER, longest)
            .header(RequestIds.HEADER)
            .orElseThrow());
  }

  @Test
  void anUnsafeIncomingIdIsReplacedNeverEchoed() {
    for (String unsafe :
        List.of("a".repeat(RequestIds.MAX_LENGTH + 1), "<script>", "a b", "x\"y", "id;drop")) {
      String id =
          send("GET", "/v1/books/978-0", RequestIds.HEADER, unsafe)
              .header(RequestIds.HEADER)
              .orElseThrow();

      assertTrue(NEW_ID.matcher(id).matches(), unsafe + " gave " + id);
    }
  }

  @Test
  void answersNoRouteGaveHaveAnIdToo() {
    assertEquals(404, send("GET", "/v2/nothing", RequestIds.HEADER, "trace-404").status());
    assertEquals(405, send("POST", "/v1/books/978-0", RequestIds.HEADER, "trace-405").status());
  }

  @Test
  void theErrorLogOfAFailedRequestNamesItsId() {
    Answer answer = send("GET", "/v1/books/boom", RequestIds.HEADER, "trace-500");

    assertEquals(500, answer.status());
    assertEquals("trace-500", answer.header(RequestIds.HEADER).orElseThrow());
    List<String> errors = log.lines().stream().filter(line -> line.startsWith("SEVERE")).toList();
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("(request id trace-500)"), errors.get(0));
  }

  // the access log

  @Test
  void theAccessLogNamesTheRouteTemplateNeverThePath() {
    send("GET", "/v1/books/978-0", RequestIds.HEADER, "trace-1");
    send("HEAD", "/v1/books/978-0", RequestIds.HEADER, "trace-2");
    send("GET", "/v1/private-name-42", RequestIds.HEADER, "trace-3");
    send("PATCH", "/v1/books/978-0", RequestIds.HEADER, "trace-4");

    List<String> lines = accessMessages();
    assertTrue(lines.get(0).matches("GET /v1/books/\\{isbn} 200 [0-9.]+ms trace-1"), lines.get(0));
    assertTrue(lines.get(1).matches("HEAD /v1/books/\\{isbn} 200 [0-9.]+ms trace-2"), lines.get(1));
    assertTrue(lines.get(2).matches("GET - 404 [0-9.]+ms trace-3"), lines.get(2));
    assertTrue(
        lines.get(3).matches("PATCH /v1/books/\\{isbn} 501 [0-9.]+ms trace-4"), lines.get(3));
  }

  private List<String> accessMessages() {
    return log.records().stream()
        .filter(record -> record.getLoggerName().equals(AccessLog.LOGGER))
        .map(record -> record.getMessage())
        .toList();
  }

  private static List<String> corsHeaders(Answer answer) {
    return answer.headers().keySet().stream()
        .filter(name -> name.toLowerCase().startsWith("access-control-"))
        .toList();
  }

  private static List<String> sorted(String allow) {
    return Arrays.stream(allow.split(",")).map(String::strip).sorted().toList();
  }
}
