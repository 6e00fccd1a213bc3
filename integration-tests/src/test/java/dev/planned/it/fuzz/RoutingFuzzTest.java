package dev.planned.it.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.planned.Reply;
import dev.planned.Request;
import dev.planned.Response;
import dev.planned.Router;
import dev.planned.it.Library;
import dev.planned.it.Typed;
import dev.planned.spi.Exchanges;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Any method and any request target through generated dispatchers, in memory: an answer always,
 * never an exception nor a 500, a well-formed problem for every error, and no echo beyond 100
 * characters.
 *
 * <p>A kept input of {@code anyMethodAndTargetIsAnswered} reads from both ends, as {@link
 * FuzzedDataProvider} does: its last byte odd picks a known method by the byte before it (an index
 * into {@code KNOWN_METHODS}), and the bytes before those are the target. So {@code /v1/books/978-0
 * \x04 \x01} is {@code PATCH /v1/books/978-0}. Its last byte even takes a method from the front
 * instead, up to a backslash and one character: {@code FOO\X/v1/books \x00} is {@code FOO
 * /v1/books}.
 */
@ExtendWith(QuietRegression.class)
class RoutingFuzzTest {
  /** Two generated APIs served together, as an application does. */
  private static final Router ROUTER = Router.of(new NoFailingBook(), new NoFailingReplies());

  /** The library without the one endpoint written to fail (a 500 for the ISBN "boom"). */
  static final class NoFailingBook extends Library {
    @Override
    public Response book(String isbn) {
      return super.book(isbn.equals("boom") ? "b00m" : isbn);
    }
  }

  /**
   * The typed API without its two endpoints written to fail: a {@code Reply} of another status than
   * declared, and a 204 {@code Reply} with a body, each a 500 by design (see {@code
   * ReplyStatusTest}). A 500 anywhere else is a finding.
   */
  static final class NoFailingReplies extends Typed {
    @Override
    public Reply<String> mismatchedReply() {
      return Reply.created(URI.create("/typed/replies/1"), "declared and returned alike");
    }

    @Override
    public Reply<String> replyWithoutBody() {
      return Reply.ok("a body a 200 carries");
    }
  }

  private static final String[] KNOWN_METHODS = {
    "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT"
  };

  @FuzzTest(maxDuration = "30s")
  void anyMethodAndTargetIsAnswered(FuzzedDataProvider data) {
    String method = data.consumeBoolean() ? data.pickValue(KNOWN_METHODS) : data.consumeString(300);
    String target = data.consumeRemainingAsString();
    if (!target.startsWith("/") && !target.equals("*")) {
      target = "/" + target; // what every server adapter passes: an origin-form path, or *
    }
    Request request = Request.of(method, target);

    Response response = ROUTER.dispatch(request);

    Answers.check(response, method, request.path(), request.query());
    assertNotEquals(500, response.status(), () -> request + " -> " + response.bodyText());
  }

  private static final String[] FRAMING_HEADERS = {
    "Transfer-Encoding", "Content-Length", "Content-Encoding"
  };

  /**
   * Any framing and coding headers, as the server adapters hand them to {@link Exchanges}: a
   * refusal before dispatch (which closes the connection), or the dispatcher's answer; a
   * well-formed problem either way, cut like every echo.
   */
  @FuzzTest(maxDuration = "30s")
  void anyFramingHeadersAreRefusedOrDispatched(FuzzedDataProvider data) {
    Request request =
        Request.of(data.pickValue(KNOWN_METHODS), "/typed/echo/text")
            .withHeader("Content-Type", "text/plain");
    List<String> sent = new ArrayList<>();
    int headers = data.consumeInt(0, 4);
    for (int i = 0; i < headers; i++) {
      String value = data.consumeString(300);
      sent.add(value);
      request = request.withHeader(data.pickValue(FRAMING_HEADERS), value);
    }
    request = request.withBody(data.consumeRemainingAsBytes());

    Response refusal = Exchanges.refusal(request);
    Response response = Exchanges.answer(ROUTER, request).toCompletableFuture().join();

    Answers.check(response, sent.toArray(String[]::new));
    assertNotEquals(500, response.status(), response::bodyText);
    if (refusal != null) {
      assertEquals(refusal.status(), response.status());
      assertEquals(List.of("close"), response.headers("Connection"), "a refusal closes");
    }
  }
}
