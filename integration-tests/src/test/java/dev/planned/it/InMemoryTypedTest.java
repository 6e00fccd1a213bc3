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
    return Answer.inMemory(typed, method, target, headers, body);
  }

  @Test
  void repeatedHeadersFillAList() {
    Response response =
        typed.dispatch(
            Request.get("/typed/lists").withHeader("X-Flag", "a").withHeader("x-flag", "b"));

    assertEquals("[] [] [a, b]", response.bodyText());
  }
}
