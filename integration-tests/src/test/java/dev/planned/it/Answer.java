package dev.planned.it;

import dev.planned.Dispatcher;
import dev.planned.Request;
import dev.planned.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** What a client received, however it was sent: status, headers (case-insensitive) and body. */
record Answer(int status, Map<String, List<String>> headers, String body) {
  Answer {
    Map<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    caseInsensitive.putAll(headers);
    headers = caseInsensitive;
  }

  /** What {@code dispatcher} answers in memory to this request ({@code body} null: none). */
  static Answer inMemory(
      Dispatcher dispatcher,
      String method,
      String target,
      Map<String, String> headers,
      byte[] body) {
    Request request = Request.of(method, target);
    for (Map.Entry<String, String> header : headers.entrySet()) {
      request = request.withHeader(header.getKey(), header.getValue());
    }
    if (body != null) {
      request = request.withBody(body);
    }
    Response response = dispatcher.dispatch(request);
    return new Answer(response.status(), response.headers(), response.bodyText());
  }

  /**
   * The Content-Type with the optional whitespace after each {@code ;} written as one space: Jetty
   * and Tomcat send {@code text/plain;charset=utf-8} for {@code text/plain; charset=utf-8}, the
   * same media type (RFC 9110, section 5.6.6).
   */
  Optional<String> mediaType() {
    return header("Content-Type").map(type -> type.replaceAll("\\s*;\\s*", "; "));
  }

  Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
