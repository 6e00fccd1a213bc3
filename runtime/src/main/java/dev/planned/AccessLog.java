package dev.planned;

import dev.planned.internal.HttpTokens;
import java.lang.System.Logger.Level;
import java.util.concurrent.CompletionStage;

/**
 * Logs one line per request at {@code INFO} on the {@link System.Logger} named {@value #LOGGER}:
 *
 * <pre>{@code GET /v1/users/{id} 200 0.4ms 3f2a9c0e5b7d41a6b1c8e2f4a6d8b0c1}</pre>
 *
 * <p>The method, the matched route's template (never the raw path, which may hold personal data and
 * has no bound; {@code -} when no route answered: 404, 405, OPTIONS, 400, a method no endpoint
 * declares), the status, the time from this filter to the answer (an endpoint that completes later
 * included), and the {@link RequestIds request id} ({@code -} without one). Nothing is logged
 * unless this filter is registered, and nothing is formatted when the logger does not log {@code
 * INFO}. Register it on {@link Router#builder()} after {@link RequestIds}: {@code .filter(new
 * RequestIds()).filter(new AccessLog())}.
 */
public final class AccessLog implements Filter {
  /** The name of the logger the lines go to. */
  public static final String LOGGER = "dev.planned.access";

  /** The longest method logged as sent; a longer one, or one that is no token, is {@code -}. */
  private static final int MAX_METHOD_LENGTH = 20;

  private final System.Logger log = System.getLogger(LOGGER);

  /** The filter; one per server is enough. */
  public AccessLog() {}

  @Override
  public CompletionStage<Response> filter(Request request, Next next) {
    if (!log.isLoggable(Level.INFO)) {
      return next.proceed(request);
    }
    long start = System.nanoTime();
    return next.proceed(request)
        .thenApply(
            response -> {
              log.log(Level.INFO, line(request, response, System.nanoTime() - start));
              return response;
            });
  }

  /** One concatenation, sized once: no intermediate strings, no formatter. */
  static String line(Request request, Response response, long nanos) {
    Route route = request.route().orElse(null);
    String template = route == null ? "-" : route.path();
    long tenths = Math.max(0, nanos) / 100_000; // a tenth of a millisecond is fine enough
    return method(request)
        + " "
        + template
        + " "
        + response.status()
        + " "
        + tenths / 10
        + "."
        + tenths % 10
        + "ms "
        + id(request, response);
  }

  /** The id {@link RequestIds} attached, or one an endpoint or filter answered with if safe. */
  private static String id(Request request, Response response) {
    String attached = request.attribute(RequestIds.ID).orElse(null);
    if (attached != null) {
      return attached;
    }
    return response.header(RequestIds.HEADER).filter(RequestIds::isSafe).orElse("-");
  }

  /** The method as sent when it is a short token; no hostile input reaches the log. */
  private static String method(Request request) {
    String method = request.method();
    return method.length() <= MAX_METHOD_LENGTH && HttpTokens.isToken(method) ? method : "-";
  }
}
