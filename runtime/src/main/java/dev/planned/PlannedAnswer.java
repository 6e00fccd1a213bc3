package dev.planned;

import java.nio.charset.StandardCharsets;

/**
 * The 501 answer of one planned route, rendered once: only the {@code instance} member (the
 * request's path) differs from one request to the next.
 */
final class PlannedAnswer {
  private final String head;
  private final String tail;

  private PlannedAnswer(String head, String tail) {
    this.head = head;
    this.tail = tail;
  }

  static PlannedAnswer of(Route route) {
    Plan plan =
        route.plan().orElseThrow(() -> new IllegalArgumentException(route + " is not planned"));
    Problem problem =
        Problem.of(501)
            .withDetail(NotImplementedException.detailOf(route))
            .with("method", route.method())
            .with("route", route.pattern())
            .with("release", plan.release())
            .with("link", plan.link())
            .with("alternative", plan.alternative());
    StringBuilder head = new StringBuilder();
    problem.appendHead(head);
    StringBuilder tail = new StringBuilder();
    problem.appendTail(tail);
    return new PlannedAnswer(head.toString(), tail.toString());
  }

  /**
   * 501 with the plan as an RFC 9457 problem. {@code Cache-Control: no-store}, because 501 is
   * cacheable by default and this answer must not outlive the release that ships the endpoint.
   */
  Response answer(String requestPath) {
    String instance = Problem.instanceOf(requestPath);
    StringBuilder json = new StringBuilder(head.length() + tail.length() + instance.length() + 16);
    json.append(head);
    Problem.appendInstance(json, instance);
    json.append(tail);
    return Response.of(501, Http.PROBLEM_JSON, json.toString().getBytes(StandardCharsets.UTF_8))
        .withHeaderSet("Cache-Control", "no-store");
  }
}
