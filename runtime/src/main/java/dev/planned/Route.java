package dev.planned;

import java.util.Objects;
import java.util.Optional;

/**
 * One endpoint of an API as the dispatcher serves it: method, full path pattern (base path
 * included), the Java method that implements it, and its {@link Plan} when it is planned.
 */
public final class Route {
  private final String method;
  private final String path;
  private final String handler;
  private final Plan plan;

  /**
   * A route as a value: generated dispatchers list theirs, and a test may build one to compare.
   *
   * @param plan present for a planned endpoint, answered with 501 and this plan
   */
  public Route(String method, String path, String handler, Optional<Plan> plan) {
    this.method = Objects.requireNonNull(method, "method");
    this.path = Objects.requireNonNull(path, "path");
    this.handler = Objects.requireNonNull(handler, "handler");
    this.plan = plan.orElse(null);
  }

  /** The HTTP method token, e.g. {@code GET}. */
  public String method() {
    return method;
  }

  /** The full path pattern, e.g. {@code /v1/books/{isbn}}. */
  public String path() {
    return path;
  }

  /**
   * Method and path as written in {@link Endpoint}, with the base path: {@code GET
   * /v1/books/{isbn}}.
   */
  public String pattern() {
    return method + " " + path;
  }

  /** The name of the Java method of the API interface that serves this route. */
  public String handler() {
    return handler;
  }

  public boolean isPlanned() {
    return plan != null;
  }

  public Optional<Plan> plan() {
    return Optional.ofNullable(plan);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Route other
        && method.equals(other.method)
        && path.equals(other.path)
        && handler.equals(other.handler)
        && Objects.equals(plan, other.plan);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, path, handler, plan);
  }

  /** {@code GET /v1/books/{isbn} -> book}, with {@code (planned)} for planned routes. */
  @Override
  public String toString() {
    return pattern() + " -> " + handler + (isPlanned() ? " (planned)" : "");
  }
}
