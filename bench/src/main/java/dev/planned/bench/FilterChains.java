package dev.planned.bench;

import dev.planned.AccessLog;
import dev.planned.ApiDispatcher;
import dev.planned.Filter;
import dev.planned.RequestIds;
import dev.planned.Router;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The chains of filters whose cost the benchmarks measure, each around the same generated
 * dispatcher in a {@link Router} (the only way to register server-wide filters):
 *
 * <ul>
 *   <li>{@code none}: the router without filters, the baseline;
 *   <li>{@code pass}: one filter that only calls {@code next}, the cost of the chain itself;
 *   <li>{@code ids-log}: {@link RequestIds} then {@link AccessLog}, logging every line to a JUL
 *       handler that drops it: Planned's own cost (the id, the line, the log record), without the
 *       I/O of whatever handler a service writes its log with.
 * </ul>
 */
public final class FilterChains {
  public static final String NONE = "none";
  public static final String PASS = "pass";
  public static final String IDS_AND_LOG = "ids-log";

  /** Held: JUL keeps loggers only weakly, with their handlers. */
  private static final Logger ACCESS = Logger.getLogger(AccessLog.LOGGER);

  static {
    ACCESS.setUseParentHandlers(false);
    ACCESS.addHandler(
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            // dropped: the benchmark measures building the line, not writing it
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        });
  }

  private FilterChains() {}

  /** The router of one of the chains above around this dispatcher. */
  public static Router around(ApiDispatcher api, String chain) {
    return switch (chain) {
      case NONE -> Router.builder().serve(api);
      case PASS -> Router.builder().filter(passThrough()).serve(api);
      case IDS_AND_LOG ->
          Router.builder().filter(new RequestIds()).filter(new AccessLog()).serve(api);
      default -> throw new IllegalArgumentException("Not a chain: " + chain);
    };
  }

  private static Filter passThrough() {
    return (request, next) -> next.proceed(request);
  }
}
