package dev.planned.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planned.HttpException;
import dev.planned.NotImplementedException;
import dev.planned.Plan;
import dev.planned.Problem;
import dev.planned.Response;
import dev.planned.it.NotesApi.Mood;
import dev.planned.it.NotesApi.Note;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated {@code NotesApiClient} against {@link Notes}, on each of {@link Servers}. */
@OnEveryServer
class ClientOverHttpTest {
  @Parameter Servers server;
  private RunningServer running;
  private NotesApiClient client;

  @BeforeParameterizedClassInvocation
  void start() {
    running = server.start(new Notes());
    client = NotesApiClient.create(running.uri(""));
  }

  @AfterParameterizedClassInvocation
  void stop() {
    running.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "plain",
        "a b",
        "a+b",
        "a?b#c&d=e",
        "üñí©ødé 日本",
        "emoji \uD83D\uDE00",
        ";semi",
        ".hidden",
        "~tilde",
        "\"quoted\"",
        "<tag>"
      })
  void awkwardSegmentsArriveAsSent(String value) {
    assertEquals("[" + value + "]", client.segment(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a/b/c", "dir with space/file.txt", "x/", "ü/日本/a+b", "single"})
  void aRestWildcardKeepsItsSlashes(String value) {
    assertEquals("[" + value + "]", client.file(value));
  }

  /**
   * {@code %} and {@code \} are sent escaped ({@code %25}, {@code %5C}), which the JDK server
   * routes; Jetty refuses {@code %25} in a path ("Ambiguous URI path encoding"), and Jetty and
   * Tomcat {@code %5C}, with a 400 page of their own (README, "Server differences"): the client
   * maps it to an HttpException with a cut excerpt of that page.
   */
  @ParameterizedTest
  @ValueSource(strings = {"50%", "100%25", "a\\b"})
  void percentAndBackslashArriveOnTheJdkServerOnly(String value) {
    boolean refused = server == Servers.JETTY || (server == Servers.TOMCAT && value.contains("\\"));
    if (!refused) {
      assertEquals("[" + value + "]", client.segment(value));
      assertEquals("[dir/" + value + "]", client.file("dir/" + value));
      return;
    }
    HttpException e = assertThrows(HttpException.class, () -> client.segment(value));
    assertEquals(400, e.status());
    assertTrue(e.detail().length() <= Problem.MAX_ECHO_LENGTH + 1, e.detail());
  }

  /**
   * A segment of exactly {@code .} or {@code ..} is sent as {@code %2E} or {@code %2E%2E}: as is, a
   * server would remove it while normalising the path ({@code /segments/..} is {@code /}) and the
   * request would reach another route, or none. The JDK server routes it to the endpoint, which
   * binds the value sent; Jetty (a 400 page, "Ambiguous URI path segment") and the servlet adapter
   * (a 400 problem) refuse an encoded dot segment (README, "Server differences"), never another
   * route.
   */
  @ParameterizedTest
  @ValueSource(strings = {".", ".."})
  void aDotSegmentIsSentEncodedSoThatNoServerNormalisesItAway(String value) {
    if (server == Servers.JDK) {
      assertEquals("[" + value + "]", client.segment(value));
      assertEquals("[" + value + "]", client.file(value));
      assertEquals("[a/" + value + "/b]", client.file("a/" + value + "/b"));
      return;
    }
    for (Executable call :
        List.<Executable>of(
            () -> client.segment(value),
            () -> client.file(value),
            () -> client.file("a/" + value + "/b"))) {
      assertEquals(400, assertThrows(HttpException.class, call).status());
    }
  }

  @Test
  void anEmptyRestIsTheEmptyString() {
    assertEquals("[]", client.file(""));
  }

  @Test
  void anEmptySegmentIsRefusedBeforeSending() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> client.segment(""));
    assertEquals(
        "Path parameter \"name\" of segment() is empty; a {name} segment matches one or"
            + " more characters.",
        e.getMessage());
  }

  @Test
  void repeatedOptionalAndEnumQueryParameters() {
    assertEquals(
        "[a, b&c, d e] Optional[x=y +z] OptionalInt[5] GRUMPY",
        client.search(
            List.of("a", "b&c", "d e"), Optional.of("x=y +z"), OptionalInt.of(5), Mood.GRUMPY));
  }

  @Test
  void absentQueryParametersLeaveDefaultsToTheServer() {
    assertEquals(
        "[] Optional.empty OptionalInt.empty HAPPY",
        client.search(List.of(), Optional.empty(), OptionalInt.empty(), null));
  }

  @Test
  void optionalAndRepeatedHeaders() {
    assertEquals("Optional[t-1] [a, b]", client.headers(Optional.of("t-1"), List.of("a", "b")));
    assertEquals("Optional.empty []", client.headers(Optional.empty(), List.of()));
  }

  @Test
  void jsonResults() {
    assertEquals(Optional.of(new Note("seven", 7)), client.note(7));
    assertEquals(List.of(new Note("one", 1), new Note("two", 2)), client.notes());
    assertEquals(new Note("hi!", 3), client.create(new Note("hi", 2)));
  }

  @Test
  void anOptionalResultIsEmptyOn404() {
    assertEquals(Optional.empty(), client.note(8));
  }

  @Test
  void aProblemThrowsHttpExceptionWithItsMembers() {
    HttpException e = assertThrows(HttpException.class, () -> client.requiredNote(8));

    Problem problem = e.toProblem();
    assertAll(
        () -> assertEquals(404, e.status()),
        () -> assertEquals("No note 8.", e.detail()),
        () -> assertEquals("404 Not Found: No note 8.", e.getMessage()),
        () -> assertEquals("about:blank", problem.type()),
        () -> assertEquals("Not Found", problem.title()),
        () -> assertEquals("/notes-api/notes/8/required", problem.instance()));
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 409, 422, 500, 503})
  void everyErrorStatusThrowsHttpException(int status) {
    HttpException e = assertThrows(HttpException.class, () -> client.refuse(status));

    assertEquals(status, e.status());
    assertEquals("Refused with " + status + ".", e.detail());
  }

  @Test
  void a501ThrowsNotImplementedExceptionEvenWithoutAPlan() {
    NotImplementedException e =
        assertThrows(NotImplementedException.class, () -> client.refuse(501));

    assertEquals(new Plan("Refused with 501.", "", "", ""), e.plan());
    assertNull(e.route());
  }

  @Test
  void voidAndTextBodies() {
    client.rename(7, "new text");
    HttpException e = assertThrows(HttpException.class, () -> client.rename(7, ""));
    assertEquals(422, e.status());
  }

  @Test
  void bytesAndStreamsRoundTrip() throws Exception {
    byte[] all = new byte[256];
    for (int i = 0; i < all.length; i++) {
      all[i] = (byte) i;
    }
    assertArrayEquals(all, client.echoBytes(all));
    assertEquals(
        "streamed ü",
        client.echoStream(new ByteArrayInputStream("streamed ü".getBytes(StandardCharsets.UTF_8))));
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 299, 404, 418, 500})
  void aResponseResultIsTheAnswerAsItCame(int status) {
    Response response = client.answer(status);

    assertEquals(status, response.status());
    assertEquals("status " + status, response.bodyText());
    assertEquals(Optional.of("yes"), response.header("X-Answer"));
    // Jetty and Tomcat write it without the space (README, "Server differences")
    assertEquals(
        "text/plain;charset=utf-8", response.header("Content-Type").orElseThrow().replace(" ", ""));
  }

  @Test
  void asyncMethodsComplete() throws Exception {
    assertEquals(
        new Note("soon", 3), client.later("soon").toCompletableFuture().get(10, TimeUnit.SECONDS));
  }

  @Test
  void anAsyncFailureCompletesTheStageWithHttpException() {
    CompletableFuture<String> stage = client.laterRefused().toCompletableFuture();

    ExecutionException e =
        assertThrows(ExecutionException.class, () -> stage.get(10, TimeUnit.SECONDS));
    HttpException refused = assertInstanceOf(HttpException.class, e.getCause());
    assertEquals(409, refused.status());
    assertEquals("Not now.", refused.detail());
  }

  /** The seed's scenario: a planned endpoint's 501 carries the plan, and the caller falls back. */
  @Test
  void aPlannedEndpointThrowsNotImplementedExceptionWithTheServersPlan() {
    NotImplementedException e = assertThrows(NotImplementedException.class, () -> client.share(7));

    assertAll(
        () ->
            assertEquals(
                new Plan(
                    "Sharing comes with 2.0; create a copy meanwhile.",
                    "2.0",
                    "https://example.org/roadmap#share",
                    "POST /notes-api/notes"),
                e.plan()),
        () ->
            assertEquals(
                "POST /notes-api/notes/{id}/share", e.toProblem().extensions().get("route")),
        () -> assertEquals("/notes-api/notes/7/share", e.toProblem().instance()));
    Note copy =
        e.plan().alternative().equals("POST /notes-api/notes")
            ? client.create(new Note("seven", 7))
            : null;
    assertEquals(new Note("seven!", 8), copy);
  }

  @Test
  void thePlansKnownAtCompileTime() {
    assertEquals(
        Map.of(
            "share",
            new Plan(
                "Sharing comes with 2.0; create a copy meanwhile.",
                "2.0",
                "https://example.org/roadmap#share",
                "POST /notes-api/notes")),
        NotesApiClient.plans());
  }

  @Test
  void defaultHeadersAndTheHookAreSentWithEveryRequest() {
    NotesApiClient withHeaders =
        NotesApiClient.builder(running.uri(""))
            .header("X-Flag", "default")
            .everyRequest(request -> request.header("X-Trace", "from-hook"))
            .build();

    assertEquals(
        "Optional[from-hook] [default, b]", withHeaders.headers(Optional.empty(), List.of("b")));
  }
}
