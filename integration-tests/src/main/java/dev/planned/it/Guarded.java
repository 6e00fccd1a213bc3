package dev.planned.it;

import dev.planned.Attribute;
import dev.planned.ErrorMapper;
import dev.planned.Filter;
import dev.planned.HttpException;
import dev.planned.Problem;
import dev.planned.Request;
import dev.planned.Response;
import dev.planned.Router;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * {@link GuardedApi} with its own filters (bearer authentication, a trace step) and error mappers,
 * and {@link #router()}: served with server-wide filters and mappers, as the filter suite runs it
 * in memory and on every server.
 */
public final class Guarded extends GuardedApiDispatcher {
  public static final String TOKEN = "let-me-in";
  public static final Attribute<String> TRACE = Attribute.of("trace", String.class);
  static final Attribute<User> PRINCIPAL = Attribute.principal(User.class);

  /** How long {@link #slow()} takes: long enough that no filter could see it done at once. */
  public static final long SLOW_MILLIS = 150;

  /** A domain exception the API maps to 404 (and the server, less specifically, to 410). */
  public static final class NoSuchThing extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String id;

    NoSuchThing(String id) {
      super("no thing " + id);
      this.id = id;
    }
  }

  /** An exception whose mapper itself fails. */
  public static final class Boom extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Boom() {
      super("boom");
    }
  }

  /**
   * Server-wide filters, outermost first, and mappers: a trace step, one that names the route it
   * sees, one that times the call, and one that fails when asked to by the X-Fail header.
   */
  public static Router router() {
    return Router.builder()
        .filter(trace("outer"))
        .filter(Guarded::showRoute)
        .filter(Guarded::time)
        .filter(trace("inner"))
        .filter(Guarded::failOnRequest)
        .mapError(
            IllegalArgumentException.class, e -> Problem.of(400).withDetail("A bad argument."))
        .mapError(NoSuchThing.class, e -> Problem.of(410).withDetail("Gone for good."))
        .serve(new Guarded());
  }

  @Override
  protected List<Filter> filters() {
    return List.of(Guarded::authenticate, trace("api"));
  }

  @Override
  protected List<ErrorMapper<?>> errorMappers() {
    return List.of(
        ErrorMapper.of(
            NoSuchThing.class,
            e -> Problem.of(404).withDetail("No thing " + e.id + ".").with("thing", e.id)),
        ErrorMapper.of(
            NumberFormatException.class, e -> Problem.of(422).withDetail("Not a number.")),
        ErrorMapper.of(
            Boom.class,
            e -> {
              throw new IllegalStateException("the mapper of Boom is broken");
            }));
  }

  /**
   * Appends its name to the trace attribute on the way in, and to the X-Trace-Out header on the way
   * out: the order filters ran in, both ways.
   */
  static Filter trace(String name) {
    return (request, next) ->
        next.proceed(
                request.withAttribute(
                    TRACE, request.attribute(TRACE).map(t -> t + ">" + name).orElse(name)))
            .thenApply(
                response ->
                    response.withHeaderSet(
                        "X-Trace-Out",
                        response.header("X-Trace-Out").map(t -> t + "<").orElse("") + name));
  }

  /** Says which route the filters saw: its template, planned or not, or none. */
  static CompletionStage<Response> showRoute(Request request, Filter.Next next) {
    String route =
        request.route().map(r -> r.pattern() + (r.isPlanned() ? " (planned)" : "")).orElse("none");
    return next.proceed(request).thenApply(response -> response.withHeaderSet("X-Route", route));
  }

  /**
   * Measures around the rest of the chain without waiting for it: X-Pending says whether the answer
   * was still to come when the chain returned, X-Elapsed-Ms how long it took to come.
   */
  static CompletionStage<Response> time(Request request, Filter.Next next) {
    long start = System.nanoTime();
    CompletionStage<Response> answer = next.proceed(request);
    boolean pending = !answer.toCompletableFuture().isDone();
    return answer.thenApply(
        response ->
            response
                .withHeaderSet("X-Pending", Boolean.toString(pending))
                .withHeaderSet(
                    "X-Elapsed-Ms",
                    Long.toString(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))));
  }

  /**
   * Fails as the X-Fail header asks: thrown ({@code sync}) or as a failed stage ({@code async}).
   */
  static CompletionStage<Response> failOnRequest(Request request, Filter.Next next) {
    Optional<String> fail = request.header("X-Fail");
    if (fail.isEmpty()) {
      return next.proceed(request);
    }
    if (fail.get().equals("sync")) {
      throw new NoSuchThing("in-filter");
    }
    return CompletableFuture.failedFuture(new NoSuchThing("in-filter-later"));
  }

  /**
   * Bearer authentication: a valid token attaches the principal; writes (anything but GET and
   * HEAD), planned ones included, need one, and get 401 with a challenge without it.
   */
  static CompletionStage<Response> authenticate(Request request, Filter.Next next) {
    boolean valid = request.header("Authorization").filter(("Bearer " + TOKEN)::equals).isPresent();
    if (valid) {
      return next.proceed(request.withAttribute(PRINCIPAL, new User("ada")));
    }
    if (request.method().equals("GET") || request.method().equals("HEAD")) {
      return next.proceed(request);
    }
    return CompletableFuture.completedFuture(
        Problem.of(401)
            .withDetail("Send the bearer token.")
            .withRequestPath(request.path())
            .toResponse()
            .withHeaderSet("WWW-Authenticate", "Bearer realm=\"guarded\""));
  }

  @Override
  public String thing(String id, String trace) {
    return "thing " + id + " via " + trace;
  }

  @Override
  public String create(User user, String name) {
    return name + " created by " + user.name();
  }

  @Override
  public String whoami(Optional<User> user) {
    return user.map(User::name).orElse("anonymous");
  }

  @Override
  public CompletionStage<String> slow() {
    return CompletableFuture.supplyAsync(
        () -> "slow", CompletableFuture.delayedExecutor(SLOW_MILLIS, TimeUnit.MILLISECONDS));
  }

  @Override
  public String fail(String kind) {
    throw failure(kind);
  }

  @Override
  public CompletionStage<String> failLater(String kind) {
    return CompletableFuture.supplyAsync(
        () -> {
          throw failure(kind);
        });
  }

  @Override
  public String quota(Integer quota) {
    return "quota " + quota;
  }

  /** The failure a kind names: mapped by the API, by the server, itself, or not at all. */
  static RuntimeException failure(String kind) {
    return switch (kind) {
      case "missing" -> new NoSuchThing("42");
      case "number" -> new NumberFormatException("not a number");
      case "argument" -> new IllegalArgumentException("bad");
      case "http" -> new HttpException(409, "In use.");
      case "boom" -> new Boom();
      default -> new IllegalStateException("secret database password is hunter2");
    };
  }
}
