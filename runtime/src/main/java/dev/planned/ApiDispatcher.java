package dev.planned;

import dev.planned.internal.RouteTable;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * The base class of every generated dispatcher. The generated subclass knows its API's routes and
 * how to call its methods, and hands that knowledge over as a {@link RouteTable} it keeps private;
 * the HTTP semantics (404, 405, 501, HEAD, OPTIONS, problems, 500) live once, in {@link Router},
 * for every API alike.
 */
public abstract class ApiDispatcher implements Dispatcher {
  private final RouteTable<?> table;

  // Built on first use rather than in the constructor, so that no constructor lets `this` escape
  // before the subclass is initialized. Router is immutable: a race only builds it twice.
  private Router router;

  /**
   * For generated subclasses: {@code table} finds their routes and calls their endpoints.
   *
   * @param <D> the generated subclass, whose endpoints the table calls on this dispatcher
   */
  protected <D extends ApiDispatcher> ApiDispatcher(RouteTable<D> table) {
    this.table = Objects.requireNonNull(table, "table");
  }

  @Override
  public final Response dispatch(Request request) {
    return router().dispatch(request);
  }

  @Override
  public final CompletionStage<Response> dispatchAsync(Request request) {
    return router().dispatchAsync(request);
  }

  /**
   * The filters of this API, outermost first: they run around its endpoints (planned ones
   * included), inside the server's filters ({@link Router#builder()}), and see only requests one of
   * its routes answers. None unless overridden:
   *
   * <pre>{@code
   * @Override protected List<Filter> filters() { return List.of(new BearerAuthentication(token)); }
   * }</pre>
   *
   * <p>Read when a router is made for this dispatcher (by a server, {@link Router#of}, or the first
   * {@link #dispatch}); later changes to what it returns are not seen.
   */
  protected List<Filter> filters() {
    return List.of();
  }

  /**
   * How exceptions of this API's endpoints and filters become problem answers (see {@link
   * ErrorMapper}); they come before the server's for the same type. None unless overridden. Read
   * like {@link #filters()}.
   */
  protected List<ErrorMapper<?>> errorMappers() {
    return List.of();
  }

  private Router router() {
    Router r = router;
    if (r == null) {
      router = r = Router.of(this);
    }
    return r;
  }

  /**
   * The table this dispatcher was built with, for the router. Its type argument is this
   * dispatcher's class: the generated constructor passes its own table.
   */
  @SuppressWarnings("unchecked")
  final RouteTable<ApiDispatcher> table() {
    return (RouteTable<ApiDispatcher>) table;
  }
}
