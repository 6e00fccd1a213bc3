package dev.planned.bench;

import dev.planned.bench.RouteTable.GoRoute;
import dev.planned.bench.TrieRouter.Match;
import java.util.List;
import java.util.function.Function;

/**
 * The hand-written router ({@link TrieRouter}) with the same endpoints: find the route, cut out its
 * wildcard values, call the endpoint. Every endpoint is one object of one class, so the call stays
 * monomorphic as Planned's generated {@code switch} is.
 */
public final class HandwrittenContender implements Contender {
  /** The prepared answer, as Planned's and Jersey's endpoints answer "ok". */
  public static final Object OK = "200 ok";

  public static final Object NOT_FOUND = "404";

  private final Hits hits = new Hits();
  private final TrieRouter<GoRoute> router;
  private final String[] methods;
  private final String[] paths;

  public HandwrittenContender() {
    List<GoRoute> routes = RouteTable.github();
    router = new TrieRouter<>(routes, Function.identity());
    methods = routes.stream().map(GoRoute::method).toArray(String[]::new);
    paths = routes.stream().map(GoRoute::requestPath).toArray(String[]::new);
  }

  @Override
  public String name() {
    return "hand-written";
  }

  @Override
  public Object route(int i) {
    return route(methods[i], paths[i]);
  }

  @Override
  public Object route(String method, String path) {
    Match<GoRoute> match = router.find(method, path);
    if (match == null) {
      return NOT_FOUND;
    }
    hits.hit(match.handler.index(), match.values(path));
    return OK;
  }

  @Override
  public int status(Object response) {
    return response == OK ? 200 : 404;
  }

  @Override
  public Hits hits() {
    return hits;
  }
}
