package dev.planned.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Typed endpoints: every supported type bound from path, query, header and body, every result kind,
 * and the 4xx problem of every kind of bad input. Run in memory and over real HTTP.
 */
abstract class TypedBindingContract {
  private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

  abstract Answer send(String method, String target, Map<String, String> headers, byte[] body);

  Answer get(String target) {
    return send("GET", target, Map.of(), null);
  }

  Answer post(String target, Map<String, String> headers, String body) {
    return send("POST", target, headers, body.getBytes(UTF_8));
  }

  /** Asserts a 4xx problem and returns its detail. */
  static void assertProblem(int status, String detail, Answer answer) {
    assertAll(
        () -> assertEquals(status, answer.status(), answer.body()),
        () -> assertEquals(Optional.of("application/problem+json"), answer.header("Content-Type")),
        () ->
            assertTrue(
                answer.body().contains("\"detail\":" + quote(detail)),
                "detail " + detail + " in " + answer.body()));
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  @Test
  void bindsPrimitivesFromPathAndQuery() {
    assertEquals(
        "1 -2 3.5 true x 4 5 6.5", get("/typed/primitives/1/-2/3.5/TRUE/x?s=4&y=5&f=6.5").body());
  }

  @Test
  void valueThatDoesNotConvertIs400NamingParameterSourceTypeAndValue() {
    assertProblem(
        400,
        "Path parameter \"i\" must be an int, but was \"one\".",
        get("/typed/primitives/one/2/3/true/x?s=1&y=1&f=1"));
    assertProblem(
        400,
        "Query parameter \"y\" must be a byte, but was \"300\".",
        get("/typed/primitives/1/2/3/true/x?s=1&y=300&f=1"));
  }

  @Test
  void booleansAreStrict() {
    assertProblem(
        400,
        "Path parameter \"b\" must be a boolean (true or false), but was \"yes\".",
        get("/typed/primitives/1/2/3/yes/x?s=1&y=1&f=1"));
  }

  @Test
  void charIsExactlyOneCharacter() {
    assertProblem(
        400,
        "Path parameter \"c\" must be a single character, but was \"xy\".",
        get("/typed/primitives/1/2/3/true/xy?s=1&y=1&f=1"));
  }

  @Test
  void missingRequiredQueryIs400() {
    assertProblem(400, "Query parameter \"c\" is required.", get("/typed/boxes?i=1&l=2&b=false"));
  }

  @Test
  void bindsBoxes() {
    assertEquals("1 2 false z", get("/typed/boxes?i=1&l=2&b=false&c=z").body());
  }

  @Test
  void bindsValueTypesThroughTheirFactories() {
    Answer answer =
        get(
            "/typed/values/123e4567-e89b-12d3-a456-426614174000?big=12345678901234567890"
                + "&amount=1.50&color=RED&day=2026-11-25&at=2026-11-25T10:15:30Z&wait=PT5M&sku=ABC-12"
                + "&tag=Sale");

    assertEquals(
        "123e4567-e89b-12d3-a456-426614174000 12345678901234567890 1.50 RED 2026-11-25"
            + " 2026-11-25T10:15:30Z PT5M ABC-12 #sale",
        answer.body());
  }

  @Test
  void valueTypeErrorsSayWhatWasExpected() {
    String ok =
        "big=1&amount=1&color=RED&day=2026-11-25&at=2026-11-25T10:15:30Z&wait=PT1S"
            + "&sku=ABC-1&tag=t";
    String id = "/typed/values/123e4567-e89b-12d3-a456-426614174000?";
    assertProblem(
        400,
        "Path parameter \"id\" must be a UUID, but was \"42\".",
        get("/typed/values/42?" + ok));
    assertProblem(
        400,
        "Query parameter \"color\" must be one of RED, GREEN, but was \"BLUE\".",
        get(id + ok.replace("color=RED", "color=BLUE")));
    assertProblem(
        400,
        "Query parameter \"day\" must be a LocalDate, but was \"tomorrow\".",
        get(id + ok.replace("day=2026-11-25", "day=tomorrow")));
    assertProblem(
        400,
        "Query parameter \"sku\" must be a Sku, but was \"abc\".",
        get(id + ok.replace("sku=ABC-1", "sku=abc")));
  }

  @Test
  void rejectedValuesAreEscapedAndCut() {
    String longValue = "x".repeat(150);
    Answer answer = get("/typed/boxes?i=%22" + longValue + "&l=1&b=true&c=c");

    assertProblem(
        400,
        "Query parameter \"i\" must be an int, but was \"\"" + "x".repeat(99) + "…\".",
        answer);
  }

  @Test
  void optionalsAreEmptyWhenAbsent() {
    assertEquals(
        "Optional.empty Optional.empty OptionalInt.empty OptionalLong.empty Optional.empty",
        get("/typed/optional").body());
  }

  @Test
  void optionalsArePresentWhenSent() {
    Answer answer =
        send(
            "GET",
            "/typed/optional?text=a+b&number=3&small=4&large=5",
            Map.of("X-Trace", "123e4567-e89b-12d3-a456-426614174000"),
            null);

    assertEquals(
        "Optional[a b] Optional[3] OptionalInt[4] OptionalLong[5]"
            + " Optional[123e4567-e89b-12d3-a456-426614174000]",
        answer.body());
  }

  @Test
  void optionalThatDoesNotConvertIsStill400() {
    assertProblem(
        400,
        "Query parameter \"small\" must be an int, but was \"big\".",
        get("/typed/optional?small=big"));
    assertProblem(
        400,
        "Header \"X-Trace\" must be a UUID, but was \"t\".",
        send("GET", "/typed/optional", Map.of("X-Trace", "t"), null));
  }

  @Test
  void defaultsApplyWhenAbsent() {
    assertEquals("20 GREEN eu", get("/typed/defaults").body());
    assertEquals(
        "5 RED us",
        send("GET", "/typed/defaults?limit=5&color=RED", Map.of("X-Region", "us"), null).body());
  }

  @Test
  void listsTakeEveryValue() {
    assertEquals("[1, 2] [a, b] []", get("/typed/lists?id=1&tag=a&id=2&tag=b").body());
    assertEquals("[] [] []", get("/typed/lists").body());
    assertProblem(
        400,
        "Query parameter \"id\" must be a long, but was \"two\".",
        get("/typed/lists?id=1&id=two"));
  }

  @Test
  void headersAreBoundByName() {
    Answer answer =
        send(
            "GET",
            "/typed/headers",
            Map.of("x-request-id", "123e4567-e89b-12d3-a456-426614174000", "Accept", "text/plain"),
            null);

    assertEquals("123e4567-e89b-12d3-a456-426614174000 text/plain", answer.body());
  }

  @Test
  void missingOrBadHeaderIs400() {
    assertProblem(
        400,
        "Header \"X-Request-Id\" is required.",
        send("GET", "/typed/headers", Map.of("Accept", "*/*"), null));
    assertProblem(
        400,
        "Header \"X-Request-Id\" must be a UUID, but was \"nope\".",
        send("GET", "/typed/headers", Map.of("X-Request-Id", "nope", "Accept", "*/*"), null));
  }

  @Test
  void jsonBodyInJsonResultOutWithTheDeclaredStatus() {
    Answer answer =
        post("/typed/items", JSON, "{\"name\":\"pen\",\"quantity\":2,\"due\":\"2026-12-01\"}");

    assertEquals(201, answer.status());
    assertEquals(Optional.of("application/json"), answer.header("Content-Type"));
    assertEquals(
        "{\"id\":7,\"name\":\"pen\",\"quantity\":2,\"due\":\"2026-12-01\"}", answer.body());
  }

  /**
   * A body the endpoint read to its end leaves the connection open for the next request: the
   * adapter, not the endpoint, owns the request's stream.
   */
  @Test
  void readBodiesKeepTheConnectionOpen() {
    for (String target : List.of("/typed/items", "/typed/echo/text", "/typed/echo/stream")) {
      Answer answer = post(target, JSON, "{\"name\":\"pen\",\"quantity\":2}");

      assertTrue(answer.status() < 300, target + ": " + answer.body());
      assertEquals(Optional.empty(), answer.header("Connection"), target);
    }
  }

  @Test
  void jsonMediaTypesWithParametersAndSuffixesAreJson() {
    assertEquals(
        201,
        post(
                "/typed/items?dryRun=true",
                Map.of("Content-Type", "application/vnd.shop+json; charset=utf-8"),
                "{\"name\":\"pen\",\"quantity\":2}")
            .status());
  }

  @Test
  void genericJsonBodiesAndResults() {
    Answer answer =
        post(
            "/typed/items/batch",
            JSON,
            "[{\"name\":\"a\",\"quantity\":1}," + "{\"name\":\"b\",\"quantity\":2}]");

    assertEquals(200, answer.status());
    assertEquals(
        "[{\"id\":1,\"name\":\"a\",\"quantity\":1,\"due\":null},"
            + "{\"id\":2,\"name\":\"b\",\"quantity\":2,\"due\":null}]",
        answer.body());
  }

  @Test
  void bodyThatIsNotDeclaredJsonIs415() {
    assertProblem(
        415,
        "The request body must be JSON (a NewItem): send Content-Type:"
            + " application/json, not \"text/plain\".",
        post("/typed/items", Map.of("Content-Type", "text/plain"), "{\"name\":\"pen\"}"));
  }

  @Test
  void malformedJsonIs400WithWhatTheCodecReports() {
    assertProblem(
        400,
        "The request body is not a valid NewItem: malformed JSON (line 1," + " column 9)",
        post("/typed/items", JSON, "{\"name\":}"));
  }

  @Test
  void jsonOfTheWrongShapeIs400NamingTheProperty() {
    Answer answer = post("/typed/items", JSON, "{\"name\":\"pen\",\"quantity\":\"many\"}");

    assertProblem(
        400,
        "The request body is not a valid NewItem: invalid value \"many\","
            + " expected a number at $.quantity (line 1, column 26)",
        answer);
  }

  @Test
  void emptyJsonBodyIs400() {
    assertProblem(
        400, "The request body is empty: send a NewItem as JSON.", post("/typed/items", JSON, ""));
  }

  @Test
  void bodyOverTheLimitIs413() {
    byte[] big = new byte[(1 << 20) + 1];
    Answer answer = send("POST", "/typed/echo/text", Map.of("Content-Type", "text/plain"), big);

    assertProblem(413, "The request body is larger than the limit of 1048576 bytes.", answer);
  }

  @Test
  void acceptExcludingJsonIs406() {
    assertProblem(
        406,
        "This endpoint answers application/json, which the Accept header"
            + " \"text/html\" excludes.",
        send("GET", "/typed/items/7", Map.of("Accept", "text/html"), null));
    assertEquals(
        406,
        send("GET", "/typed/items/7", Map.of("Accept", "application/json;q=0, */*"), null)
            .status());
    assertEquals(
        200,
        send("GET", "/typed/items/7", Map.of("Accept", "text/html, application/*;q=0.5"), null)
            .status());
  }

  @Test
  void optionalResultPresentIsJsonAndEmptyIs404() {
    assertEquals(
        "{\"id\":7,\"name\":\"pen\",\"quantity\":2,\"due\":\"2026-12-01\"}",
        get("/typed/items/7").body());
    assertProblem(404, "Nothing was found at /typed/items/8.", get("/typed/items/8"));
  }

  @Test
  void passThroughBodies() {
    assertEquals("text:héllo", post("/typed/echo/text", Map.of(), "héllo").body());
    assertEquals("stream:abc", post("/typed/echo/stream", Map.of(), "abc").body());
    Answer bytes = post("/typed/echo/bytes", Map.of(), "raw");
    assertEquals(Optional.of("application/octet-stream"), bytes.header("Content-Type"));
    assertEquals("raw", bytes.body());
  }

  @Test
  void voidWithDeclaredStatus() {
    Answer answer = post("/typed/accepted", Map.of(), "later");

    assertEquals(202, answer.status());
    assertEquals("", answer.body());
  }

  @Test
  void plannedEndpointAnswers501BeforeAnyBinding() {
    Answer answer = post("/typed/items/import", Map.of("Content-Type", "text/plain"), "{ broken");

    assertEquals(501, answer.status());
    assertTrue(
        answer.body().contains("\"detail\":\"Item imports arrive with 2.0.\""), answer.body());
  }

  @Test
  void replyAnswers201WithLocationAndTheJsonBody() {
    Answer answer =
        post("/typed/replies", JSON, "{\"name\":\"pen\",\"quantity\":2,\"due\":\"2026-12-01\"}");

    assertEquals(201, answer.status());
    assertEquals(Optional.of("/typed/items/7"), answer.header("Location"));
    assertEquals(Optional.of("application/json"), answer.header("Content-Type"));
    assertEquals(
        "{\"id\":7,\"name\":\"pen\",\"quantity\":2,\"due\":\"2026-12-01\"}", answer.body());
  }

  @Test
  void replyCarriesItsHeadersEveryValueInOrder() {
    Answer answer = get("/typed/replies/3");

    assertEquals(200, answer.status());
    assertEquals(Optional.of("\"v3\""), answer.header("ETag"));
    assertEquals(Optional.of("max-age=60"), answer.header("Cache-Control"));
    assertEquals(List.of("a", "b"), answer.headers().get("X-Shelf"));
    assertEquals("{\"id\":3,\"name\":\"item 3\",\"quantity\":1,\"due\":null}", answer.body());
  }

  @Test
  void headOfAReplyHasItsStatusAndHeadersWithoutTheBody() {
    Answer answer = send("HEAD", "/typed/replies/3", Map.of(), null);

    assertEquals(200, answer.status());
    assertEquals(Optional.of("\"v3\""), answer.header("ETag"));
    assertEquals(Optional.of("max-age=60"), answer.header("Cache-Control"));
    assertEquals(List.of("a", "b"), answer.headers().get("X-Shelf"));
    assertEquals(Optional.of("application/json"), answer.header("Content-Type"));
    assertEquals("", answer.body());
  }

  @Test
  void asyncOptionalReplyAnswersWhenItCompletesAnd404WhenEmpty() {
    Answer answer = get("/typed/replies/5/later");

    assertEquals(200, answer.status());
    assertEquals(Optional.of("\"v5\""), answer.header("ETag"));
    assertEquals("{\"id\":5,\"name\":\"item 5\",\"quantity\":1,\"due\":null}", answer.body());
    assertProblem(
        404, "Nothing was found at /typed/replies/0/later.", get("/typed/replies/0/later"));
  }

  @Test
  void replyWithATextBodyHasItsOwnStatus() {
    Answer answer = get("/typed/reply-text");

    assertEquals(203, answer.status());
    assertEquals(Optional.of("text/plain; charset=utf-8"), answer.mediaType());
    assertEquals(Optional.of("en"), answer.header("Content-Language"));
    assertEquals("hello", answer.body());
  }

  @Test
  void replyOfAJsonBodyIs406WhenAcceptExcludesJson() {
    assertProblem(
        406,
        "This endpoint answers application/json, which the Accept header"
            + " \"text/html\" excludes.",
        send("GET", "/typed/replies/3", Map.of("Accept", "text/html"), null));
  }
}
