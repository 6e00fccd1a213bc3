package dev.planned.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planned.testing.CapturedLog;
import java.util.Map;
import java.util.Optional;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every row of the HTTP semantics table, against {@link LibraryApi} as a user builds it. One set of
 * cases, run by each subclass through a different transport (in memory, real HTTP servers).
 */
abstract class LibrarySemanticsContract {
  private static final String PROBLEM_JSON = "application/problem+json";

  /** The runtime logs through System.Logger, which is java.util.logging unless configured. */
  @RegisterExtension final CapturedLog log = CapturedLog.planned();

  /** Sends a request and returns what the client received; a null body sends none. */
  abstract Answer send(String method, String target, Map<String, String> headers, String body);

  Answer send(String method, String target) {
    return send(method, target, Map.of(), null);
  }

  @Test
  void plannedEndpointAnswers501WithItsPlan() {
    Answer answer = send("PATCH", "/v1/books/978-0", Map.of("Content-Type", "text/plain"), "x");

    assertAll(
        () -> assertEquals(501, answer.status()),
        () -> assertEquals(Optional.of(PROBLEM_JSON), answer.header("Content-Type")),
        () -> assertEquals(Optional.of("no-store"), answer.header("Cache-Control")),
        () ->
            assertEquals(
                "{\"type\":\"about:blank\",\"title\":\"Not Implemented\",\"status\":501,"
                    + "\"detail\":\"Partial updates are coming; send the whole book with PUT.\","
                    + "\"instance\":\"/v1/books/978-0\",\"method\":\"PATCH\","
                    + "\"route\":\"PATCH /v1/books/{isbn}\",\"release\":\"2.0\","
                    + "\"link\":\"https://example.org/roadmap#patch\","
                    + "\"alternative\":\"PUT /v1/books/{isbn}\"}",
                answer.body()));
  }

  @Test
  void plannedEndpointLeavesOutEmptyMembersAndIgnoresTheBody() {
    Answer answer =
        send("POST", "/v1/loans", Map.of("Content-Type", "application/json"), "{ this is not json");

    assertEquals(501, answer.status());
    assertEquals(Optional.of("no-store"), answer.header("Cache-Control"));
    assertEquals(
        "{\"type\":\"about:blank\",\"title\":\"Not Implemented\",\"status\":501,\"detail\":\"Loans"
            + " are not open yet.\",\"instance\":\"/v1/loans\",\"method\":\"POST\",\"route\":\"POST"
            + " /v1/loans\"}",
        answer.body());
  }

  @Test
  void methodNoEndpointUsesAnswers501() {
    Answer answer = send("FOO", "/v1/books/978-0");

    assertEquals(501, answer.status());
    assertEquals(Optional.of(PROBLEM_JSON), answer.header("Content-Type"));
    assertEquals(Optional.empty(), answer.header("Allow"));
    assertEquals(
        "{\"type\":\"about:blank\",\"title\":\"Not Implemented\",\"status\":501,"
            + "\"detail\":\"The server does not support the method FOO for any resource.\","
            + "\"instance\":\"/v1/books/978-0\"}",
        answer.body());
  }

  @Test
  void methodUnsupportedEvenOnAnUnknownPathAnswers501Not404() {
    // not TRACE: Tomcat answers that itself (see ServerDifferencesTest)
    assertEquals(501, send("PURGE", "/nowhere").status());
  }

  @Test
  void knownPathWithUndeclaredMethodAnswers405WithAllow() {
    Answer answer = send("POST", "/v1/books/978-0");

    assertEquals(405, answer.status());
    // PATCH is planned there: it answers 501 itself and is not offered
    assertEquals(Optional.of("GET, HEAD, PUT, DELETE, OPTIONS"), answer.header("Allow"));
    assertEquals(
        "{\"type\":\"about:blank\",\"title\":\"Method Not Allowed\",\"status\":405,"
            + "\"detail\":\"The method POST is not allowed on /v1/books/978-0. Allowed: GET, HEAD,"
            + " PUT, DELETE, OPTIONS.\",\"instance\":\"/v1/books/978-0\"}",
        answer.body());
  }

  @Test
  void pathServedOnlyByAPlannedEndpointIsKnownAndAllowsOnlyOptions() {
    Answer answer = send("GET", "/v1/loans");

    assertEquals(405, answer.status());
    assertEquals(Optional.of("OPTIONS"), answer.header("Allow"));
  }

  @Test
  void literalSegmentAllowsOnlyWhatMatchesIt() {
    // /v1/books/new matches GET /books/new and, for other methods, the {isbn} patterns
    Answer answer = send("POST", "/v1/books/new");

    assertEquals(405, answer.status());
    assertEquals(Optional.of("GET, HEAD, PUT, DELETE, OPTIONS"), answer.header("Allow"));
  }

  @Test
  void unknownPathAnswers404() {
    Answer answer = send("GET", "/v1/magazines/1");

    assertEquals(404, answer.status());
    assertEquals(Optional.of(PROBLEM_JSON), answer.header("Content-Type"));
    assertEquals(
        "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
            + "\"detail\":\"No endpoint matches the path /v1/magazines/1.\","
            + "\"instance\":\"/v1/magazines/1\"}",
        answer.body());
  }

  @Test
  void pathsMatchExactly() {
    assertEquals(404, send("GET", "/v1/books/978-0/").status(), "trailing slash");
    assertEquals(404, send("GET", "/v1/books").status(), "missing segment");
    assertEquals(404, send("GET", "/V1/books/978-0").status(), "literals are case-sensitive");
    assertEquals(404, send("GET", "/").status(), "root");
  }

  @Test
  void implementedEndpointAnswers() {
    Answer answer = send("GET", "/v1/books/978-0");

    assertEquals(200, answer.status());
    assertEquals(Optional.of("text/plain; charset=utf-8"), answer.mediaType());
    assertEquals(Optional.of("\"978-0\""), answer.header("ETag"));
    assertEquals("Dune", answer.body());
  }

  @Test
  void literalSegmentBeatsWildcard() {
    assertEquals("The newest book", send("GET", "/v1/books/new").body());
  }

  @Test
  void otherMethodsOnALiteralPathFallBackToTheWildcardPattern() {
    Answer created = send("PUT", "/v1/books/new", Map.of("Content-Type", "text/plain"), "Neu");

    assertEquals(201, created.status());
    assertEquals(Optional.of("/v1/books/new"), created.header("Location"));
    assertEquals("The newest book", send("GET", "/v1/books/new").body(), "GET keeps the literal");
  }

  @Test
  void requestBodyReachesTheEndpoint() {
    assertEquals(201, send("PUT", "/v1/books/978-1", Map.of(), "Emma").status());
    Answer replaced = send("PUT", "/v1/books/978-1", Map.of(), "Persuasion");

    assertEquals(204, replaced.status());
    assertEquals("", replaced.body());
    assertEquals("Persuasion", send("GET", "/v1/books/978-1").body());
  }

  @Test
  void voidEndpointAnswers204() {
    send("PUT", "/v1/books/978-2", Map.of(), "Ulysses");
    Answer deleted = send("DELETE", "/v1/books/978-2");

    assertEquals(204, deleted.status());
    assertEquals("", deleted.body());
    assertEquals(404, send("GET", "/v1/books/978-2").status());
  }

  @Test
  void restWildcardTakesTheRestOfThePathWithSlashes() {
    assertEquals("file:a/b/c.txt", send("GET", "/v1/files/a/b/c.txt").body());
    assertEquals("file:", send("GET", "/v1/files/").body(), "an empty rest");
    assertEquals(404, send("GET", "/v1/files").status(), "a rest needs its slash");
  }

  @Test
  void segmentsArePercentDecodedAfterSplitting() {
    assertEquals("Dune", send("GET", "/v1/books/978%2D0").body());
    assertEquals("file:a/b c/d", send("GET", "/v1/files/a/b%20c/d").body());
    // an encoded slash (%2F) is refused by Jetty and Tomcat: see ServerDifferencesTest
    assertEquals("The newest book", send("GET", "/v1/books/n%65w").body());
  }

  @Test
  void headAnswersAsGetWithoutBody() {
    Answer answer = send("HEAD", "/v1/books/978-0");

    assertEquals(200, answer.status());
    assertEquals(Optional.of("text/plain; charset=utf-8"), answer.mediaType());
    assertEquals(Optional.of("\"978-0\""), answer.header("ETag"));
    assertEquals(Optional.of("4"), answer.header("Content-Length"), "the length of the GET body");
    assertEquals("", answer.body());
  }

  @Test
  void headOfAnErrorHasNoBodyEither() {
    Answer answer = send("HEAD", "/v1/books/unknown");

    assertEquals(404, answer.status());
    assertEquals("", answer.body());
  }

  @Test
  void optionsOnAKnownPathAnswers204WithAllow() {
    Answer answer = send("OPTIONS", "/v1/books/978-0");

    assertEquals(204, answer.status());
    assertEquals(Optional.of("GET, HEAD, PUT, DELETE, OPTIONS"), answer.header("Allow"));
    assertEquals("", answer.body());
  }

  @Test
  void optionsOnAnUnknownPathAnswers404() {
    assertEquals(404, send("OPTIONS", "/v1/nothing").status());
  }

  @Test
  void httpExceptionAnswersItsStatusAsAProblem() {
    Answer answer = send("GET", "/v1/books/locked");

    assertEquals(409, answer.status());
    assertEquals(Optional.of(PROBLEM_JSON), answer.header("Content-Type"));
    assertEquals(
        "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,"
            + "\"detail\":\"The book is being edited.\",\"instance\":\"/v1/books/locked\"}",
        answer.body());
  }

  @Test
  void otherExceptionsAnswer500RevealingNothing() {
    Answer answer = send("GET", "/v1/books/boom");

    assertEquals(500, answer.status());
    assertEquals(Optional.of(PROBLEM_JSON), answer.header("Content-Type"));
    assertEquals(
        "{\"type\":\"about:blank\",\"title\":\"Internal Server Error\",\"status\":500,"
            + "\"detail\":\"The server failed to answer the request.\","
            + "\"instance\":\"/v1/books/boom\"}",
        answer.body());
    assertFalse(answer.body().contains("hunter2"));
    LogRecord record =
        log.records().stream().filter(r -> r.getThrown() != null).findFirst().orElseThrow();
    assertEquals("GET /v1/books/{isbn} failed for GET /v1/books/boom", record.getMessage());
    assertEquals("secret database password is hunter2", record.getThrown().getMessage());
  }

  @Test
  void malformedPercentEncodingAnswers400() {
    // who answers differs: Planned's problem on the JDK server, the container's page on Jetty
    // and Tomcat (see ServerDifferencesTest); the status does not
    assertEquals(400, send("GET", "/v1/books/%E2%28").status());
  }

  @Test
  void detailsAreValidJsonForAnyInput() {
    // the 404 detail echoes the decoded ISBN: a quote and é; backslashes and control characters
    // are refused by some containers, and tested in memory
    Answer answer = send("GET", "/v1/books/%22%C3%A9");

    assertEquals(404, answer.status());
    assertTrue(
        answer.body().contains("\"detail\":\"No book has the ISBN \\\"\u00e9.\""), answer.body());
  }
}
