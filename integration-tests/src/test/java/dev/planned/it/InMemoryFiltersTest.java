package dev.planned.it;

import dev.planned.Dispatcher;
import dev.planned.Request;
import dev.planned.Response;
import java.util.Map;

/** The filter suite, straight through {@link Dispatcher#dispatch}. */
class InMemoryFiltersTest extends FiltersContract {
  private final Dispatcher guarded = Guarded.router();

  @Override
  Answer send(String method, String target, Map<String, String> headers, String body) {
    Request request = Request.of(method, target);
    for (Map.Entry<String, String> header : headers.entrySet()) {
      request = request.withHeader(header.getKey(), header.getValue());
    }
    if (body != null) {
      request = request.withBody(body);
    }
    Response response = guarded.dispatch(request);
    return new Answer(response.status(), response.headers(), response.bodyText());
  }
}
