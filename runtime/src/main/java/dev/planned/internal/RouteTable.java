package dev.planned.internal;

import dev.planned.Request;
import dev.planned.Response;
import java.util.concurrent.CompletionStage;

/**
 * What a generated dispatcher hands its {@code ApiDispatcher} base class: how to find a route and
 * how to call its endpoint. The generated class implements it in a private nested class, so that a
 * user's subclass sees their endpoints and {@code routes()}, not this contract.
 *
 * @param <D> the generated dispatcher whose endpoints the table calls
 */
public interface RouteTable<D> {
  /** Returned by {@link #find} when no route of the API matches. */
  int NO_ROUTE = -1;

  /**
   * Finds the most specific route for a method and a raw path, matching the path where it lies
   * ({@link RawPath}), so that finding a static route allocates nothing.
   *
   * @param method the request method, exactly as sent
   * @param path the raw path, still percent-encoded, that {@link RawPath#isWellFormed} accepted
   * @return the route's index in the dispatcher's {@code routes()}, or {@link #NO_ROUTE}
   */
  int find(String method, String path);

  /**
   * Calls the endpoint of an implemented route on {@code api} with its parameters bound from the
   * request: wildcard values are decoded from {@code request.path()} only here, and only those the
   * endpoint takes. Never called for a planned route.
   */
  Response invoke(D api, int route, Request request) throws Exception;

  /**
   * Whether the endpoint of a route completes later: the router then calls {@link #invokeAsync}.
   */
  default boolean isAsync(int route) {
    return false;
  }

  /** Calls an endpoint that returns a {@code CompletionStage}; only for routes that are async. */
  default CompletionStage<Response> invokeAsync(D api, int route, Request request)
      throws Exception {
    throw new IllegalArgumentException("Route " + route + " is not async");
  }
}
