package dev.planned.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planned.Dispatcher;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The semantics, straight through {@link Dispatcher#dispatch}. */
class InMemoryLibraryTest extends LibrarySemanticsContract {
  private final Dispatcher library = new Library();

  @Override
  Answer send(String method, String target, Map<String, String> headers, String body) {
    return Answer.inMemory(
        library,
        method,
        target,
        headers,
        body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void methodThatIsNotATokenAnswers400() {
    Answer answer = send("GE T", "/v1/books/978-0");

    assertEquals(400, answer.status());
    assertEquals(
        "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
            + "\"detail\":\"The request method \\\"GE T\\\" is not a valid HTTP token.\"}",
        answer.body());
  }

  /** Jetty refuses an encoded control character itself (see the README's server differences). */
  @Test
  void anEncodedLineBreakInAWildcardReachesTheEndpointAndStaysEncodedInLocation() {
    Answer created = send("PUT", "/v1/books/a%0D%0AX-Evil:%201", Map.of(), "Emma");

    assertEquals(201, created.status());
    assertEquals(Optional.of("/v1/books/a%0D%0AX-Evil:%201"), created.header("Location"));
    assertEquals(Optional.empty(), created.header("X-Evil"));
  }

  /**
   * A space or a control character as is in the path: every server but the JDK's refuses it before
   * Planned sees it, and the router refuses it alike, so that a path is always safe to repeat in a
   * header such as {@code Location}.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {"/v1/books/a b", "/v1/books/a\u0001b", "/v1/books/a\nb", "/v1/books/\u007F"})
  void aSpaceOrAControlCharacterAsIsInThePathAnswers400(String path) throws Exception {
    Answer answer = send("PUT", path, Map.of(), "Emma");

    assertEquals(400, answer.status());
    assertEquals(
        "The request path \""
            + path
            + "\" is not valid: percent-encoded UTF-8, with no space or control character as is.",
        new ObjectMapper().readTree(answer.body()).get("detail").textValue());
  }

  @Test
  void malformedPercentEncodingAnswersAProblem() {
    Answer answer = send("GET", "/v1/books/%E2%28");

    assertEquals(400, answer.status());
    assertEquals(
        "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
            + "\"detail\":\"The request path \\\"/v1/books/%E2%28\\\" is not valid:"
            + " percent-encoded UTF-8, with no space or control character as is.\"}",
        answer.body());
  }

  @Test
  void encodedSlashStaysInsideItsSegment() {
    assertEquals("file:a/b c/d", send("GET", "/v1/files/a%2Fb%20c/d").body());
  }

  @Test
  void detailsEscapeBackslashesAndControlCharacters() {
    // the 404 detail echoes the decoded ISBN: a quote, a backslash, a line feed, a tab and é
    Answer answer = send("GET", "/v1/books/%22%5C%0A%09%C3%A9%01");

    assertEquals(404, answer.status());
    assertEquals(
        true,
        answer.body().contains("\"detail\":\"No book has the ISBN \\\"\\\\\\n\\t\u00e9\\u0001.\""),
        answer.body());
  }

  @Test
  void optionsStarListsEveryMethodTheServerServes() {
    Answer answer = send("OPTIONS", "*");

    assertEquals(204, answer.status());
    assertEquals(
        "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS", answer.header("Allow").orElseThrow());
  }
}
