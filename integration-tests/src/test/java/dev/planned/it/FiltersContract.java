package dev.planned.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planned.testing.CapturedLog;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Filters, the values they attach, and error mapping ({@link Guarded#router()}), the same through
 * every transport: in memory and on each of {@link Servers}.
 */
abstract class FiltersContract {
  private static final Map<String, String> TOKEN =
      Map.of("Authorization", "Bearer " + Guarded.TOKEN);
  private static final String GENERIC_500 =
      "{\"type\":\"about:blank\",\"title\":\"Internal Server"
          + " Error\",\"status\":500,\"detail\":\"The server failed to answer the request.\","
          + "\"instance\":\"%s\"}";

  @RegisterExtension final CapturedLog log = CapturedLog.planned();

  /** Sends a request and returns what the client received; a null body sends none. */
  abstract Answer send(String method, String target, Map<String, String> headers, String body);

  Answer send(String method, String target) {
    return send(method, target, Map.of(), null);
  }

  // ---- what filters do --------------------------------------------------------------------------

  @Test
  void aFilterAnswersItselfWithoutCallingTheEndpoint() {
    Answer answer = send("POST", "/guarded/things", Map.of(), "lamp");

    assertEquals(401, answer.status());
    assertEquals(Optional.of("Bearer realm=\"guarded\""), answer.header("WWW-Authenticate"));
    assertEquals(
        "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
            + "\"detail\":\"Send the bearer token.\",\"instance\":\"/guarded/things\"}",
        answer.body());
    // the API's filter answered inside the server's, which still added their headers
    assertEquals(Optional.of("POST /guarded/things"), answer.header("X-Route"));
    assertEquals(Optional.of("inner<outer"), answer.header("X-Trace-Out"));
  }

  @Test
  void aPrincipalAttachedByAFilterIsBoundIntoTheEndpoint() {
    Answer answer = send("POST", "/guarded/things", TOKEN, "lamp");

    assertEquals(200, answer.status());
    assertEquals("lamp created by ada", answer.body());
    assertEquals("ada", send("GET", "/guarded/whoami", TOKEN, null).body());
    assertEquals("anonymous", send("GET", "/guarded/whoami").body(), "Optional: none attached");
  }

  @Test
  void serverFiltersRunFirstInTheOrderAddedThenTheApisBothWays() {
    Answer answer = send("GET", "/guarded/things/1");

    assertEquals("thing 1 via outer>inner>api", answer.body(), "the trace attribute on the way in");
    assertEquals(Optional.of("api<inner<outer"), answer.header("X-Trace-Out"), "and out");
  }

  @Test
  void aFilterMeasuresAroundAnEndpointThatCompletesLaterWithoutWaitingForIt() {
    Answer answer = send("GET", "/guarded/slow");

    assertEquals("slow", answer.body());
    assertEquals(
        Optional.of("true"),
        answer.header("X-Pending"),
        "the chain returned before the endpoint completed: no thread waited for it");
    long elapsed = Long.parseLong(answer.header("X-Elapsed-Ms").orElseThrow());
    assertTrue(elapsed >= Guarded.SLOW_MILLIS, "measured to completion: " + elapsed);
    assertEquals(Optional.of("false"), send("GET", "/guarded/things/1").header("X-Pending"));
  }

  @Test
  void aRequiredAttributeNoFilterAttachedIs500SaidPlainlyInTheLog() {
    Answer answer = send("GET", "/guarded/quota");

    assertEquals(500, answer.status());
    assertEquals(String.format(GENERIC_500, "/guarded/quota"), answer.body());
    LogRecord record = onlyRecord();
    assertEquals("GET /guarded/quota failed for GET /guarded/quota", record.getMessage());
    assertEquals(
        "No filter attached the request attribute quota (java.lang.Integer) that quota() needs. A"
            + " filter must call next.proceed(request.withAttribute(Attribute.of(\"quota\","
            + " Integer.class), value)) before this endpoint, or the parameter be an Optional.",
        record.getThrown().getMessage());
  }

  // ---- what filters see
  // --------------------------------------------------------------------------

  @Test
  void filtersSeeTheRouteTemplateNeverTheRawPath() {
    assertEquals(
        Optional.of("GET /guarded/things/{id}"),
        send("GET", "/guarded/things/a%20b").header("X-Route"));
  }

  @Test
  void headAnsweredByAGetRouteShowsThatRoute() {
    Answer answer = send("HEAD", "/guarded/things/1");

    assertEquals(200, answer.status());
    assertEquals("", answer.body());
    assertEquals(Optional.of("GET /guarded/things/{id}"), answer.header("X-Route"));
    assertEquals(Optional.of("api<inner<outer"), answer.header("X-Trace-Out"));
  }

  @Test
  void aPlannedRouteGoesThroughEveryFilterAndShowsItIsPlanned() {
    Answer refused = send("DELETE", "/guarded/things/1");
    assertEquals(401, refused.status(), "the API's authentication guards planned writes too");

    Answer planned = send("DELETE", "/guarded/things/1", TOKEN, null);
    assertEquals(501, planned.status());
    assertEquals(Optional.of("DELETE /guarded/things/{id} (planned)"), planned.header("X-Route"));
    assertEquals(Optional.of("api<inner<outer"), planned.header("X-Trace-Out"));
  }

  /**
   * 404, 405, OPTIONS and a method nothing declares: no route answers, so only the server's filters
   * run, with no route; the API's (here its authentication) never see them.
   */
  @Test
  void answersNoRouteGivesGoThroughTheServerFiltersOnlyWithNoRoute() {
    Answer notFound = send("POST", "/nowhere", Map.of(), "x");
    assertEquals(404, notFound.status(), "not the API's 401");
    Answer notAllowed = send("POST", "/guarded/things/1", Map.of(), "x");
    assertEquals(405, notAllowed.status(), "not the API's 401");
    Answer options = send("OPTIONS", "/guarded/things/1");
    assertEquals(204, options.status());
    assertEquals(Optional.of("GET, HEAD, OPTIONS"), options.header("Allow"));
    Answer unknownMethod = send("PATCH", "/guarded/things/1");
    assertEquals(501, unknownMethod.status());

    for (Answer answer : List.of(notFound, notAllowed, options, unknownMethod)) {
      assertEquals(Optional.of("none"), answer.header("X-Route"), answer.toString());
      assertEquals(Optional.of("inner<outer"), answer.header("X-Trace-Out"), answer.toString());
    }
  }

  // ---- error mapping
  // -----------------------------------------------------------------------------

  @Test
  void theApisMapperAnswersBeforeTheServersForTheSameType() {
    Answer answer = send("GET", "/guarded/fail/missing");

    assertEquals(404, answer.status());
    assertEquals(Optional.of("application/problem+json"), answer.header("Content-Type"));
    assertEquals(
        "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"No thing"
            + " 42.\",\"instance\":\"/guarded/fail/missing\",\"thing\":\"42\"}",
        answer.body());
  }

  @Test
  void theMostSpecificTypeAnswers() {
    // the API maps NumberFormatException, the server its superclass IllegalArgumentException
    assertEquals(422, send("GET", "/guarded/fail/number").status());
    Answer argument = send("GET", "/guarded/fail/argument");
    assertEquals(400, argument.status());
    assertTrue(argument.body().contains("\"detail\":\"A bad argument.\""), argument.body());
    assertEquals(409, send("GET", "/guarded/fail/http").status(), "HttpException keeps its own");
  }

  @Test
  void mappersApplyToEndpointsThatFailLater() {
    Answer answer = send("GET", "/guarded/fail-later/missing");

    assertEquals(404, answer.status());
    assertTrue(answer.body().contains("\"thing\":\"42\""), answer.body());
    assertEquals(422, send("GET", "/guarded/fail-later/number").status());
  }

  @Test
  void mappersApplyToFiltersThatThrowOrFailLater() {
    Answer thrown = send("GET", "/guarded/things/1", Map.of("X-Fail", "sync"), null);
    assertEquals(404, thrown.status(), "a route's request: its API's mapper");
    assertTrue(thrown.body().contains("\"thing\":\"in-filter\""), thrown.body());
    // outer filters see the mapped answer, as any other
    assertEquals(Optional.of("inner<outer"), thrown.header("X-Trace-Out"));

    Answer later = send("GET", "/guarded/things/1", Map.of("X-Fail", "async"), null);
    assertEquals(404, later.status());
    assertTrue(later.body().contains("\"thing\":\"in-filter-later\""), later.body());

    Answer noRoute = send("GET", "/nowhere", Map.of("X-Fail", "sync"), null);
    assertEquals(410, noRoute.status(), "no route: the server's mapper alone");
  }

  @Test
  void anUnmappedExceptionStaysA500RevealingNothing() {
    Answer answer = send("GET", "/guarded/fail/unmapped");

    assertEquals(500, answer.status());
    assertEquals(String.format(GENERIC_500, "/guarded/fail/unmapped"), answer.body());
    LogRecord record = onlyRecord();
    assertEquals(
        "GET /guarded/fail/{kind} failed for GET /guarded/fail/unmapped", record.getMessage());
    assertEquals("secret database password is hunter2", record.getThrown().getMessage());
  }

  @Test
  void aMapperThatThrowsIsA500Logged() {
    Answer answer = send("GET", "/guarded/fail/boom");
    assertEquals(500, answer.status());
    assertEquals(String.format(GENERIC_500, "/guarded/fail/boom"), answer.body());
    assertMapperFailureLogged("/guarded/fail/boom");

    Answer later = send("GET", "/guarded/fail-later/boom");
    assertEquals(500, later.status());
    assertFalse(later.body().contains("broken"), later.body());
  }

  private void assertMapperFailureLogged(String path) {
    LogRecord record = onlyRecord();
    assertEquals(
        "The error mapper for dev.planned.it.Guarded$Boom failed while mapping"
            + " dev.planned.it.Guarded$Boom for GET "
            + path,
        record.getMessage());
    assertEquals("the mapper of Boom is broken", record.getThrown().getMessage());
  }

  private LogRecord onlyRecord() {
    List<LogRecord> records = log.records();
    assertEquals(1, records.size(), records.toString());
    assertEquals(Level.SEVERE, records.get(0).getLevel());
    return records.get(0);
  }
}
