package dev.planned;

import dev.planned.internal.Answers;
import dev.planned.internal.Completions;
import dev.planned.internal.HttpTokens;
import dev.planned.internal.RawPath;
import dev.planned.internal.RouteOverlap;
import dev.planned.internal.RouteTable;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Serves one or several generated dispatchers together, with the HTTP semantics of RFC 9110:
 *
 * <ul>
 *   <li>a planned endpoint: 501 with its plan, without calling it or reading the body;
 *   <li>a method no served endpoint declares: 501 (the server supports it for no resource);
 *   <li>a known path with an undeclared method: 405 with {@code Allow};
 *   <li>an unknown path: 404;
 *   <li>HEAD: as GET without the body, with the GET body's {@code Content-Length};
 *   <li>OPTIONS on a known path: 204 with {@code Allow}; {@code OPTIONS *}: 204 with every method
 *       the server serves;
 *   <li>an {@link HttpException}: its status; any other exception: 500 revealing nothing, logged;
 *   <li>a method that is not a token, or a malformed path: 400.
 * </ul>
 *
 * <p>{@link Filter}s run around the answers: the server's ({@link #builder()}) around every one,
 * then an API's ({@link ApiDispatcher#filters()}) around those its routes give. Exceptions of
 * endpoints and filters become problems through {@link ErrorMapper}s, the API's before the
 * server's, before the rules above apply.
 *
 * <p>Routes of different dispatchers must not overlap: {@link #of} refuses two routes of one method
 * that both match some path, naming both, since only one of them could ever answer it; and a GET
 * route beside a HEAD route that Go's ServeMux would refuse ({@link
 * RouteOverlap#conflictAcrossApis}). The methods that decide 501 against 405, and {@code Allow},
 * are the union over every dispatcher. Errors are RFC 9457 {@code application/problem+json} bodies.
 */
public final class Router implements Dispatcher {
  private static final System.Logger LOG = System.getLogger("dev.planned");

  private final List<Api> apis;
  private final List<Route> routes;

  /** Every method some endpoint declares, plus those the router answers itself (HEAD, OPTIONS). */
  private final Set<String> supportedMethods;

  /** The server-wide filters, outermost first; every API's chain starts with them. */
  private final List<Filter> filters;

  private final List<ErrorMapper<?>> errorMappers;

  /** How failures of server-wide filters map, for requests no route answers. */
  private final Failures unmatchedFailures;

  private Router(List<Api> apis, List<Filter> filters, List<ErrorMapper<?>> errorMappers) {
    this.apis = apis;
    this.filters = filters;
    this.errorMappers = errorMappers;
    this.unmatchedFailures = new Failures(ErrorMappers.server(errorMappers), null);
    List<Route> allRoutes = new ArrayList<>();
    Set<String> methods = new LinkedHashSet<>();
    for (Api api : apis) {
      allRoutes.addAll(api.routes);
      methods.addAll(api.methods);
    }
    if (methods.contains("GET")) {
      methods.add("HEAD");
    }
    methods.add("OPTIONS");
    this.routes = List.copyOf(allRoutes);
    this.supportedMethods = Set.copyOf(methods);
  }

  /**
   * A router serving these dispatchers: generated ones ({@link ApiDispatcher}) or other routers.
   *
   * @throws IllegalArgumentException if a dispatcher is not generated, or if routes of two
   *     dispatchers conflict: same method, and some path that both match, or a GET and a HEAD route
   *     where the GET one is the more specific (the message names both routes and their classes)
   */
  public static Router of(Dispatcher... dispatchers) {
    return builder().serve(dispatchers);
  }

  /**
   * For a router with server-wide filters and error mappers:
   *
   * <pre>{@code
   * Router router = Router.builder()
   *     .filter(new RequestIds())        // runs first (outermost)
   *     .filter(new BearerAuthentication(token))
   *     .mapError(UserNotFound.class, e -> Problem.of(404).withDetail("No user " + e.id()))
   *     .serve(new Users(), new Books());
   * JdkHttpServers.start(address, router);  // or new PlannedServlet(router)
   * }</pre>
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects server-wide filters and error mappers, then serves dispatchers with them. */
  public static final class Builder {
    private final List<Filter> filters = new ArrayList<>();
    private final List<ErrorMapper<?>> errorMappers = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a filter for every request the router answers, 404s and the like included; filters run
     * in the order added, then each API's own ({@link ApiDispatcher#filters()}).
     */
    public Builder filter(Filter filter) {
      filters.add(Objects.requireNonNull(filter, "filter"));
      return this;
    }

    /**
     * Maps exceptions of this type and its subtypes, from any API's endpoints and from any filter,
     * to a problem answer (see {@link ErrorMapper}); an API's own mappers come first.
     */
    public <E extends Throwable> Builder mapError(
        Class<E> type, Function<? super E, Problem> toProblem) {
      errorMappers.add(ErrorMapper.of(type, toProblem));
      return this;
    }

    /**
     * A router serving these dispatchers with the filters and mappers added so far: generated ones
     * ({@link ApiDispatcher}) or routers without filters or mappers of their own.
     *
     * @throws IllegalArgumentException as {@link Router#of} does
     */
    public Router serve(Dispatcher... dispatchers) {
      return build(dispatchers, List.copyOf(filters), List.copyOf(errorMappers));
    }
  }

  private static Router build(
      Dispatcher[] dispatchers, List<Filter> filters, List<ErrorMapper<?>> errorMappers) {
    ErrorMappers serverMappers = ErrorMappers.server(errorMappers);
    List<Api> apis = new ArrayList<>();
    for (Dispatcher dispatcher : dispatchers) {
      if (dispatcher instanceof Router router) {
        if (!router.filters.isEmpty() || !router.errorMappers.isEmpty()) {
          throw new IllegalArgumentException(
              "A router with filters or error mappers of its own cannot be served inside another:"
                  + " register them on the outer router's builder");
        }
        for (Api api : router.apis) {
          apis.add(new Api(api.dispatcher, filters, serverMappers));
        }
      } else if (dispatcher instanceof ApiDispatcher api) {
        apis.add(new Api(api, filters, serverMappers));
      } else {
        throw new IllegalArgumentException(
            dispatcher.getClass().getName()
                + " is not a generated dispatcher: only subclasses of a generated <Api>Dispatcher"
                + " can be served together, since a router must ask each of them which paths it"
                + " knows.");
      }
    }
    if (apis.isEmpty()) {
      throw new IllegalArgumentException("A router needs at least one dispatcher");
    }
    checkNoConflicts(apis);
    return new Router(List.copyOf(apis), filters, errorMappers);
  }

  /**
   * Refuses routes of different APIs that could match the same request. Within one API the
   * processor has already decided (most specific wins, or a compile error); across APIs compiled
   * apart only this check can see both, so it runs when the server is put together.
   */
  private static void checkNoConflicts(List<Api> apis) {
    List<String> conflicts = new ArrayList<>();
    for (int a = 0; a < apis.size(); a++) {
      for (int b = a + 1; b < apis.size(); b++) {
        for (Route first : apis.get(a).routes) {
          for (Route second : apis.get(b).routes) {
            if (RouteOverlap.conflictAcrossApis(
                first.method(), first.path(), second.method(), second.path())) {
              conflicts.add(
                  describe(first, apis.get(a))
                      + " and "
                      + describe(second, apis.get(b))
                      + " both match some "
                      + headIfGetAndHead(first, second)
                      + " requests");
            }
          }
        }
      }
    }
    if (!conflicts.isEmpty()) {
      throw new IllegalArgumentException(
          "Routes of different APIs conflict: "
              + String.join("; ", conflicts)
              + ". Change one of each pair, or serve the APIs apart.");
    }
  }

  /** The method two conflicting routes share: their own, or HEAD, which a GET route serves too. */
  private static String headIfGetAndHead(Route first, Route second) {
    return first.method().equals(second.method()) ? first.method() : "HEAD";
  }

  private static String describe(Route route, Api api) {
    return route.pattern()
        + " ("
        + api.dispatcher.getClass().getName()
        + "."
        + route.handler()
        + ")";
  }

  @Override
  public List<Route> routes() {
    return routes;
  }

  /**
   * {@inheritDoc}
   *
   * <p>An endpoint that completes later ({@code CompletionStage}) is waited for on this thread;
   * servers use {@link #dispatchAsync} instead.
   */
  @Override
  public Response dispatch(Request request) {
    Object routed = routeSafely(request);
    if (routed instanceof Response now) {
      return finish(request, now);
    }
    try {
      return finish(request, later(routed).toCompletableFuture().join());
    } catch (CompletionException | CancellationException e) {
      return finish(request, failed(request, e)); // answer() maps every failure; kept for safety
    }
  }

  /**
   * Answers a request without waiting for an endpoint that completes later: the stage completes
   * with the answer, never exceptionally.
   */
  @Override
  public CompletionStage<Response> dispatchAsync(Request request) {
    Object routed = routeSafely(request);
    if (routed instanceof Response now) {
      return CompletableFuture.completedFuture(finish(request, now));
    }
    return later(routed)
        .handle(
            (response, failure) ->
                finish(request, failure == null ? response : failed(request, failure)));
  }

  /**
   * The answer to a request: a {@link Response}, or the {@code CompletionStage<Response>} of an
   * endpoint that completes later. Two kinds of result without a holder object, since a holder
   * allocated per request was most of what an implemented static route cost (bench/profiling). A
   * matched route's filters have run around it; an answer no route gave gets the server-wide
   * filters here.
   */
  private Object routeSafely(Request request) {
    request.routeTo(null); // a request dispatched again is routed afresh
    Object answer;
    try {
      answer = route(request);
    } catch (RuntimeException e) {
      // route() answers every failure of an endpoint itself; reaching here is a bug in Planned
      LOG.log(Level.ERROR, () -> "Failed to route " + request, e);
      answer = Answers.internalError(request);
    }
    return filters.isEmpty() || request.matchedRoute() != null
        ? answer
        : filterUnmatched(request, answer);
  }

  /**
   * The server-wide filters around an answer no route gave (404, 405, OPTIONS, 400, 501 for an
   * unknown method): decided before they run, since nothing they attach could change it.
   */
  private CompletionStage<Response> filterUnmatched(Request request, Object answer) {
    CompletionStage<Response> decided = toStage(answer);
    return Chain.run(filters, 0, request, r -> decided, unmatchedFailures);
  }

  /** A response or a stage of one (see {@link #routeSafely}) as a stage. */
  private static CompletionStage<Response> toStage(Object answer) {
    return answer instanceof Response now ? CompletableFuture.completedFuture(now) : later(answer);
  }

  /** What {@link #routeSafely} answered when it is not a {@link Response}. */
  @SuppressWarnings("unchecked")
  private static CompletionStage<Response> later(Object routed) {
    return (CompletionStage<Response>) routed;
  }

  /**
   * The last touches every answer gets: a HEAD answer has no body, and says how long the body of a
   * GET would be (RFC 9110, section 9.3.2), which a server could not tell from the empty body.
   */
  private static Response finish(Request request, Response response) {
    if (!request.method().equals("HEAD") || response.bodyLength() == 0) {
      return response;
    }
    return response
        .withoutBody()
        .withHeaderSet("Content-Length", Integer.toString(response.bodyLength()));
  }

  private static Response failed(Request request, Throwable failure) {
    LOG.log(Level.ERROR, () -> "Failed to answer " + request, failure);
    return Answers.internalError(request);
  }

  /**
   * See {@link #routeSafely}. A request some route answers takes the short way: only its path is
   * checked before the tables are asked, since a method that a route matches is a token the server
   * supports. Every other request is refused or answered by {@link #answerUnmatched}, whose checks
   * decide which error it gets.
   */
  private Object route(Request request) {
    String method = request.method();
    String path = request.path();
    // first, so that route tables match the raw path without meeting a malformed escape ("*",
    // not absolute, is not well-formed: OPTIONS * is answered below)
    boolean wellFormed = RawPath.isWellFormed(path);
    if (wellFormed) {
      Object found = answer(method, request, path);
      if (found == null && method.equals("HEAD")) {
        found = answer("GET", request, path);
      }
      if (found != null) {
        return found;
      }
    }
    return answerUnmatched(method, request, path, wellFormed);
  }

  /**
   * The answer of the route for this method and path (a response or a stage, as {@link
   * #routeSafely} says), or null if no API has one.
   */
  private Object answer(String method, Request request, String path) {
    for (int i = 0; i < apis.size(); i++) { // by index: no iterator per request
      Api api = apis.get(i);
      int index = api.table.find(method, path);
      if (index != RouteTable.NO_ROUTE) {
        return api.answerFiltered(index, request);
      }
    }
    return null;
  }

  /**
   * The answer to a request no route answers: 400 for a method that is not a token, 400 for a
   * target {@code *} with another method than OPTIONS, 400 for a malformed path, 501 for a method
   * no route serves, then 404, or for a path some route serves with other methods, 405 or the
   * answer to OPTIONS.
   *
   * @param wellFormed whether {@link RawPath#isWellFormed} holds for the path, as {@link #route}
   *     found
   */
  private Response answerUnmatched(
      String method, Request request, String path, boolean wellFormed) {
    if (!HttpTokens.isToken(method)) {
      return problem(
          400, "The request method \"" + echo(method) + "\" is not a valid HTTP token.", "");
    }
    if (path.equals("*")) {
      return method.equals("OPTIONS")
          ? Response.noContent().withHeaderSet("Allow", Http.allowHeader(supportedMethods))
          : problem(400, "The request target * is only valid with OPTIONS.", "");
    }
    if (!wellFormed) {
      return problem(
          400,
          "The request path \""
              + echo(path)
              + "\" is not valid: percent-encoded UTF-8, with no space or control character as is.",
          "");
    }
    if (!supportedMethods.contains(method)) {
      return problem(
          501,
          "The server does not support the method " + echo(method) + " for any resource.",
          path);
    }
    boolean known = false;
    Set<String> allowed = new LinkedHashSet<>();
    Set<String> planned = new LinkedHashSet<>();
    for (Api api : apis) {
      for (String other : api.methods) {
        int index = api.table.find(other, path);
        if (index != RouteTable.NO_ROUTE) {
          known = true;
          // a planned method answers 501 itself: it is not allowed (yet)
          (api.routes.get(index).isPlanned() ? planned : allowed).add(other);
        }
      }
    }
    if (!known) {
      return problem(
          404, "No endpoint matches the path " + echo(request.path()) + ".", request.path());
    }
    // GET serves HEAD, unless a planned HEAD route answers HEAD first (with 501)
    if (allowed.contains("GET") && !planned.contains("HEAD")) {
      allowed.add("HEAD");
    }
    if (!planned.contains("OPTIONS")) {
      allowed.add("OPTIONS");
    }
    String allow = Http.allowHeader(allowed);
    if (method.equals("OPTIONS")) {
      return Response.noContent().withHeaderSet("Allow", allow);
    }
    return problem(
            405,
            "The method "
                + echo(method)
                + " is not allowed on "
                + echo(request.path())
                + ". Allowed: "
                + allow
                + ".",
            request.path())
        .withHeaderSet("Allow", allow);
  }

  private static Response problem(int status, String detail, String requestPath) {
    return Problem.of(status).withDetail(detail).withRequestPath(requestPath).toResponse();
  }

  private static String echo(String clientValue) {
    return Problem.echo(clientValue);
  }

  /** One served dispatcher and what the router precomputes for it. */
  private static final class Api {
    final ApiDispatcher dispatcher;
    final RouteTable<ApiDispatcher> table;
    final List<Route> routes;

    /** The distinct methods of its routes, for finding what else a path serves. */
    final List<String> methods;

    /** The 501 answer of each planned route, by route index; null for implemented routes. */
    final PlannedAnswer[] plannedAnswers;

    /** The server's filters, then the API's: every filter its routes' requests go through. */
    final List<Filter> chain;

    final Failures failures;

    Api(ApiDispatcher dispatcher, List<Filter> serverFilters, ErrorMappers serverMappers) {
      this.dispatcher = dispatcher;
      this.table = dispatcher.table();
      this.routes = List.copyOf(dispatcher.routes());
      this.methods = routes.stream().map(Route::method).distinct().toList();
      List<Filter> all = new ArrayList<>(serverFilters);
      all.addAll(dispatcher.filters());
      this.chain = List.copyOf(all);
      this.failures =
          new Failures(
              serverMappers.forApi(dispatcher.errorMappers(), dispatcher.getClass().getName()),
              dispatcher.getClass().getName());
      this.plannedAnswers = new PlannedAnswer[routes.size()];
      for (int i = 0; i < routes.size(); i++) {
        if (routes.get(i).isPlanned()) {
          plannedAnswers[i] = PlannedAnswer.of(routes.get(i));
        }
      }
    }

    /**
     * The answer of a route through this API's chain of filters, which see the route: a {@link
     * Response}, or a stage of one (see {@link #routeSafely}).
     */
    Object answerFiltered(int index, Request request) {
      request.routeTo(routes.get(index));
      if (chain.isEmpty()) {
        return answer(index, request);
      }
      return Chain.run(chain, 0, request, r -> toStage(answer(index, r)), failures);
    }

    /** The answer of a route's endpoint, or of its plan. */
    Object answer(int index, Request request) {
      PlannedAnswer planned = plannedAnswers[index];
      if (planned != null) {
        return planned.answer(request.path());
      }
      Route route = routes.get(index);
      try {
        if (table.isAsync(index)) {
          CompletionStage<Response> later = table.invokeAsync(dispatcher, index, request);
          if (later == null) {
            return nullAnswer(route, request);
          }
          return later.handle(
              (response, failure) ->
                  failure == null
                      ? (response == null ? nullAnswer(route, request) : response)
                      : failures.answer(Completions.cause(failure), request));
        }
        Response response = table.invoke(dispatcher, index, request);
        return response == null ? nullAnswer(route, request) : response;
      } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
        return failures.answer(e, request);
      }
    }

    private static Response nullAnswer(Route route, Request request) {
      LOG.log(Level.ERROR, () -> route.handler() + "() returned null for " + request);
      return Answers.internalError(request);
    }
  }

  @Override
  public String toString() {
    return "Router" + routes;
  }
}
