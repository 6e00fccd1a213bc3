package dev.planned.jdk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.planned.Dispatcher;
import dev.planned.Request;
import dev.planned.spi.Exchanges;
import dev.planned.spi.RequestBody;
import dev.planned.spi.ResponseChannel;
import java.net.URI;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Answers each exchange of the JDK server through a dispatcher. */
final class DispatchingHandler implements HttpHandler {
  private static final System.Logger LOG = System.getLogger("dev.planned");

  private final Dispatcher dispatcher;
  private final long maxBodySize;
  /** Exchanges begun and not yet answered, for a graceful stop; async answers count too. */
  private final AtomicInteger inFlight = new AtomicInteger();

  DispatchingHandler(Dispatcher dispatcher, long maxBodySize) {
    this.dispatcher = dispatcher;
    this.maxBodySize = maxBodySize;
  }

  int inFlight() {
    return inFlight.get();
  }

  @Override
  public void handle(HttpExchange exchange) {
    inFlight.incrementAndGet();
    RequestBody body = RequestBody.of(exchange.getRequestBody());
    Request request = Request.of(exchange.getRequestMethod(), target(exchange.getRequestURI()))
        .withHeaders(exchange.getRequestHeaders())
        .withBody(body)
        .withMaxBodySize(maxBodySize);
    // An endpoint that completes later frees this server thread; whichever thread completes it
    // writes the answer.
    Exchanges.answer(dispatcher, request).whenComplete((response, failure) -> {
      // Closing the exchange closes the connection when the answer says Connection: close, and
      // otherwise when the body is not at its end. The server reads on ("drains") only up to
      // sun.net.httpserver.drainAmount, which JdkHttpServers.start sets to 0.
      try (exchange) {
        Exchanges.respond(request, response, body, channel(exchange));
      } catch (Exception e) {
        // the client went away mid-answer: nothing to tell it, and closing frees the exchange
        LOG.log(System.Logger.Level.DEBUG, () -> "Could not send the answer to " + request, e);
      } finally {
        inFlight.decrementAndGet();
      }
    });
  }

  private static ResponseChannel channel(HttpExchange exchange) {
    return (status, headers, length) -> {
      headers.forEach((name, values) ->
          exchange.getResponseHeaders().put(name, new ArrayList<>(values)));
      // -1 tells the JDK server there is no body; 0 would mean a chunked body
      exchange.sendResponseHeaders(status, length);
      return exchange.getResponseBody();
    };
  }

  /** The raw target as sent: {@code *}, or the path with its query, still percent-encoded. */
  private static String target(URI uri) {
    String path = uri.getRawPath();
    if (path == null || path.isEmpty()) {
      path = uri.toString().equals("*") ? "*" : "/";
    }
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }
}
