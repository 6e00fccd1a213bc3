package dev.planned.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.UncheckedIOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * Typed binding over real HTTP, on each of {@link Servers}; every answer is checked against the
 * API's OpenAPI document too.
 */
@OnEveryServer
class TypedOverHttpTest extends TypedBindingContract {
  @Parameter Servers server;
  private RunningServer running;

  /** Every answer the suite receives keeps the API's OpenAPI document. */
  private final OpenApiContract contract = OpenApiContract.of(TypedApi.class, new Typed());

  @BeforeParameterizedClassInvocation
  void start() {
    running = server.start(new Typed());
  }

  @AfterParameterizedClassInvocation
  void stop() {
    running.close();
  }

  @Test
  void bodyWithoutLengthIsCutAtTheLimit() {
    // chunked: no Content-Length to refuse early, so the limit applies while the body streams in
    Answer answer = running.sendChunked("POST", "/typed/echo/text", new byte[(1 << 20) + 1]);

    assertProblem(413, "The request body is larger than the limit of 1048576 bytes.", answer);
    assertEquals(
        "text:after",
        running.sendChunked("POST", "/typed/echo/text", "after".getBytes(UTF_8)).body(),
        "the server still answers");
  }

  /**
   * A body announced over the limit gets its 413 before it is read, and the connection closes.
   * Jetty closes at once, so a client still sending may see the connection reset instead of the
   * answer (README, "The servlet adapter"; Jetty's own refusals do the same). On Jetty either is
   * what the client gets, and the server answers the next connection; elsewhere, the 413.
   */
  @Test
  @Override
  void bodyOverTheLimitIs413() {
    if (server != Servers.JETTY) {
      super.bodyOverTheLimitIs413();
      return;
    }
    try {
      super.bodyOverTheLimitIs413();
    } catch (UncheckedIOException reset) {
      assertEquals(
          "text:after",
          running.sendChunked("POST", "/typed/echo/text", "after".getBytes(UTF_8)).body(),
          "the server still answers");
    }
  }

  @Override
  Answer send(String method, String target, Map<String, String> headers, byte[] body) {
    Answer answer = running.send(method, target, headers, body);
    contract.check(method, target, answer);
    return answer;
  }
}
