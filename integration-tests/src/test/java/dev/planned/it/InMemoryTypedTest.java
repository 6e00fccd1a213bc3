package dev.planned.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.planned.Dispatcher;
import dev.planned.Request;
import dev.planned.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemoryTypedTest extends TypedBindingContract {
  private final Dispatcher typed = new Typed();

  @Override
  Answer send(String method, String target, Map<String, String> headers, byte[] body) {
    Request request = Request.of(method, target);
    for (Map.Entry<String, String> header : headers.entrySet()) {
      request = request.withHeader(header.getKey(), header.getValue());
    }
    if (body != null) {
      request = request.withBody(body);
    }
    Response response = typed.dispatch(request);
    return new Answer(response.status(), response.headers(), response.bodyText());
  }

  @Test
  void repeatedHeadersFillAList() {
    Response response =
        typed.dispatch(
            Request.get("/typed/lists").withHeader("X-Flag", "a").withHeader("x-flag", "b"));

    assertEquals("[] [] [a, b]", response.bodyText());
  }
}
