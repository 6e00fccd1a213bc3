package dev.planned.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * The semantics table over real HTTP, on each of {@link Servers}; every answer is checked against
 * the API's OpenAPI document too.
 */
@OnEveryServer
class LibraryOverHttpTest extends LibrarySemanticsContract {
  @Parameter Servers server;
  private RunningServer running;

  /** Every answer the suite receives keeps the API's OpenAPI document. */
  private final OpenApiContract contract = OpenApiContract.of(LibraryApi.class, new Library());

  @BeforeParameterizedClassInvocation
  void start() {
    running = server.start(new Library());
  }

  @AfterParameterizedClassInvocation
  void stop() {
    running.close();
  }

  @Override
  Answer send(String method, String target, Map<String, String> headers, String body) {
    Answer answer =
        running.send(method, target, headers, body == null ? null : body.getBytes(UTF_8));
    contract.check(method, target, answer);
    return answer;
  }

  @Test
  void headAnswerSendsNoBodyBytes() {
    // HttpClient would hide body bytes after a HEAD answer; a raw socket sees them
    String response = running.sendRaw("HEAD /v1/books/978-0 HTTP/1.1");

    assertTrue(response.startsWith("HTTP/1.1 200"), response);
    assertTrue(response.endsWith("\r\n\r\n"), "no body after the headers: " + response);
  }
}
