package dev.planned;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * The base class of every generated dispatcher. The generated subclass knows its API's routes and
 * how to call its methods; the HTTP semantics (404, 405, 501, HEAD, OPTIONS, problems, 500) live
 * once, in {@link Router}, for every API alike.
 */
public abstract class ApiDispatcher implements Dispatcher {
  /** Returned by {@link #find} when no route of this API matches. */
  protected static final int NO_ROUTE = -1;

  /** Reads and writes JSON bodies; null for an API that has none. */
  private final JsonCodec json;

  // Built on first use rather than in the constructor, so that no constructor lets `this` escape
  // before the subclass is initialized. Router is immutable: a race only builds it twice.
  private Router router;

  /** For an API without JSON bodies or results. */
  protected ApiDispatcher() {
    this.json = null;
  }

  /** For an API with JSON bodies or results, which this codec reads and writes. */
  protected ApiDispatcher(JsonCodec json) {
    this.json = Objects.requireNonNull(json, "json");
  }

  /**
   * The codec on the class path, for the constructor of an API that reads or writes JSON: failing
   * here, when the application builds its dispatchers, rather than on the first request.
   *
   * @throws IllegalStateException naming the module to add when there is none
   */
  protected static JsonCodec discoverJsonCodec(String api) {
    return JsonCodec.discover().orElseThrow(() -> new IllegalStateException(api + " reads or"
        + " writes JSON, but no JsonCodec is on the class path: add the dependency"
        + " dev.planned:planned-jackson, or pass a JsonCodec to the dispatcher's constructor."));
  }

  /** The codec of an API with JSON bodies or results. */
  protected final JsonCodec json() {
    if (json == null) {
      throw new IllegalStateException(getClass().getName() + " was built without a JsonCodec");
    }
    return json;
  }

  @Override
  public final Response dispatch(Request request) {
    return router().dispatch(request);
  }

  @Override
  public final CompletionStage<Response> dispatchAsync(Request request) {
    return router().dispatchAsync(request);
  }

  private Router router() {
    Router r = router;
    if (r == null) {
      router = r = Router.of(this);
    }
    return r;
  }

  /**
   * Finds the most specific route for a method and a decoded path.
   *
   * @param method the request method, exactly as sent
   * @param path the percent-decoded path segments: {@code /v1/books/1} is {@code [v1, books, 1]}
   * @return the route's index in {@link #routes()}, or {@link #NO_ROUTE}
   */
  protected abstract int find(String method, String[] path);

  /**
   * Calls the endpoint of an implemented route with its parameters bound from the request. Never
   * called for a planned route.
   */
  protected abstract Response invoke(int route, Request request, String[] path) throws Exception;

  /** Whether the endpoint of a route completes later: the router then calls {@link #invokeAsync}. */
  protected boolean isAsync(int route) {
    return false;
  }

  /** Calls an endpoint that returns a {@code CompletionStage}; only for routes that are async. */
  protected CompletionStage<Response> invokeAsync(int route, Request request, String[] path)
      throws Exception {
    throw new IllegalArgumentException("Route " + route + " is not async");
  }

  /** The value of a {@code {name...}} wildcard: the segments from {@code from} on, joined by '/'. */
  protected static String rest(String[] path, int from) {
    return String.join("/", Arrays.copyOfRange(path, from, path.length));
  }
}
