package dev.planned.it;

import dev.planned.Request;
import dev.planned.Response;
import dev.planned.Router;
import java.util.Map;

/** The built-in filters straight through {@link Router#dispatch}. */
class BuiltInFiltersInMemoryTest extends BuiltInFiltersContract {
  private final Router router = library();

  @Override
  Answer exchange(String method, String target, Map<String, String> headers) {
    Request request = Request.of(method, target);
    for (Map.Entry<String, String> header : headers.entrySet()) {
      request = request.withHeader(header.getKey(), header.getValue());
    }
    Response response = router.dispatch(request);
    return new Answer(response.status(), response.headers(), response.bodyText());
  }
}
