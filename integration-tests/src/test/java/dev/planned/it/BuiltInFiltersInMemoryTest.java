package dev.planned.it;

import dev.planned.Router;
import java.util.Map;

/** The built-in filters straight through {@link Router#dispatch}. */
class BuiltInFiltersInMemoryTest extends BuiltInFiltersContract {
  private final Router router = library();

  @Override
  Answer exchange(String method, String target, Map<String, String> headers) {
    return Answer.inMemory(router, method, target, headers, null);
  }
}
