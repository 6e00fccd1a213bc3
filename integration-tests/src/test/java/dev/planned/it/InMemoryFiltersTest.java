package dev.planned.it;

import dev.planned.Dispatcher;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The filter suite, straight through {@link Dispatcher#dispatch}. */
class InMemoryFiltersTest extends FiltersContract {
  private final Dispatcher guarded = Guarded.router();

  @Override
  Answer send(String method, String target, Map<String, String> headers, String body) {
    return Answer.inMemory(
        guarded,
        method,
        target,
        headers,
        body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }
}
