package dev.planned;

import java.util.concurrent.CompletionStage;

/**
 * Runs around the endpoints of a server or of one API: authentication, headers, metrics, logs.
 *
 * <p>A filter receives the request and the {@link Next next step} (the following filter, or the
 * endpoint), and returns the answer, later if need be. It can:
 *
 * <ul>
 *   <li>answer itself by not calling {@code next}: {@code return
 *       CompletableFuture.completedFuture(Problem.of(401)…toResponse())};
 *   <li>change or add answer headers: {@code next.proceed(request).thenApply(r ->
 *       r.withHeader("X-Frame-Options", "DENY"))};
 *   <li>hand typed values to later filters and endpoints: {@code next.proceed(
 *       request.withAttribute(USER, user))}, which an endpoint receives as a parameter annotated
 *       {@link RequestAttribute @RequestAttribute("user")} or {@link Principal @Principal};
 *   <li>measure around the call: take the time, then {@code whenComplete} on the stage {@code next}
 *       returns, which completes when an endpoint that returns a {@code CompletionStage} completes,
 *       without blocking a thread meanwhile.
 * </ul>
 *
 * <p>The route is decided before any filter runs, and {@link Request#route()} shows it (the
 * template, never the raw path): a filter cannot send a request to another route. The answer {@code
 * next} returns never fails: an exception thrown by a later filter or by the endpoint is already
 * its answer (its mapped problem, its {@link HttpException} status, or a 500), so a filter sees the
 * status the client will get. An exception this filter throws, or a stage it returns that fails, is
 * mapped the same way.
 *
 * <p>Register filters for a whole server with {@link Router#builder()} and for one API by
 * overriding {@link ApiDispatcher#filters()}. Server-wide filters run first (outermost), in the
 * order registered, then the API's, then the endpoint.
 */
@FunctionalInterface
public interface Filter {
  /**
   * The answer to a request: usually {@code next.proceed(request)}, perhaps changed.
   *
   * @param request the request, with the matched {@link Request#route()} and the attributes earlier
   *     filters attached
   * @param next the rest of the chain
   * @return the answer; must not be null
   * @throws Exception any failure, mapped to its answer like an endpoint's
   */
  CompletionStage<Response> filter(Request request, Next next) throws Exception;

  /** The rest of the chain after a filter: the next filter, or the endpoint. */
  @FunctionalInterface
  interface Next {
    /**
     * Passes the request on. The stage completes with the answer of the rest of the chain once the
     * endpoint has answered, and never exceptionally: failures are already mapped to answers.
     *
     * @param request the request to pass on: the one received, or a copy of it from {@link
     *     Request#withAttribute} or {@link Request#withHeader}
     */
    CompletionStage<Response> proceed(Request request);
  }
}
