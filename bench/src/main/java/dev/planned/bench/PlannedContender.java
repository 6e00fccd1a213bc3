package dev.planned.bench;

import dev.planned.Dispatcher;
import dev.planned.Request;
import dev.planned.Response;
import dev.planned.bench.RouteTable.GoRoute;
import dev.planned.bench.github.GithubPlanned;
import java.util.List;

/**
 * Planned: the generated {@code GithubApiDispatcher}, called as a user calls it in memory, through
 * {@link Dispatcher#dispatch}, with the full HTTP semantics (method check, percent-decoding, 404,
 * 405, 501). Requests are built once: a {@link Request} without a body is immutable, whereas the
 * JDK server adapter builds one per exchange (that cost is in the HTTP benchmark).
 */
public final class PlannedContender implements Contender {
  private final Hits hits = new Hits();
  private final Dispatcher dispatcher;
  private final Request[] requests;

  public PlannedContender() {
    this(null);
  }

  /**
   * The dispatcher in a router with one of {@link FilterChains}, or alone if {@code chain} is null.
   */
  public PlannedContender(String chain) {
    GithubPlanned api = new GithubPlanned(hits);
    dispatcher = chain == null ? api : FilterChains.around(api, chain);
    List<GoRoute> routes = RouteTable.github();
    requests =
        routes.stream().map(r -> Request.of(r.method(), r.requestPath())).toArray(Request[]::new);
  }

  @Override
  public String name() {
    return "Planned";
  }

  @Override
  public Response route(int i) {
    return dispatcher.dispatch(requests[i]);
  }

  @Override
  public Response route(String method, String path) {
    return dispatcher.dispatch(Request.of(method, path));
  }

  @Override
  public int status(Object response) {
    return ((Response) response).status();
  }

  @Override
  public Hits hits() {
    return hits;
  }
}
