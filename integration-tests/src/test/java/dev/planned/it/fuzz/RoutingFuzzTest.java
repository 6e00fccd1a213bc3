package dev.planned.it.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.planned.Request;
import dev.planned.Response;
import dev.planned.Router;
import dev.planned.it.Library;
import dev.planned.it.Typed;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Any method and any request target through generated dispatchers, in memory: an answer always,
 * never an exception nor a 500, a well-formed problem for every error, and no echo beyond 100
 * characters.
 */
@ExtendWith(QuietRegression.class)
class RoutingFuzzTest {
  /** Two generated APIs served together, as an application does. */
  private static final Router ROUTER = Router.of(new NoFailingBook(), new Typed());

  /** The library without the one endpoint written to fail (a 500 for the ISBN "boom"). */
  static final class NoFailingBook extends Library {
    @Override
    public Response book(String isbn) {
      return super.book(isbn.equals("boom") ? "b00m" : isbn);
    }
  }

  private static final String[] KNOWN_METHODS =
      {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT"};

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
}
