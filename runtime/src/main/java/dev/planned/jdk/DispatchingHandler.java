package dev.planned.jdk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.planned.Dispatcher;
import dev.planned.Request;
import dev.planned.spi.Exchanges;
import dev.planned.spi.RequestBody;
import dev.planned.spi.ResponseChannel;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Answers each exchange of the JDK server through a dispatcher. */
final class DispatchingHandler implements HttpHandler {
  private static final System.Logger LOG = System.getLogger("dev.planned");

  /** How long a refused body is read on after the answer, at most. */
  static final Duration LINGER = Duration.ofSeconds(2);

  /** Closes exchanges whose lingering is over; one daemon thread for every server. */
  private static final ScheduledExecutorService LINGERING =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "planned-http-linger");
            thread.setDaemon(true);
            return thread;
          });

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
    Request request =
        Request.of(exchange.getRequestMethod(), target(exchange.getRequestURI()))
            .withHeaders(exchange.getRequestHeaders())
            .withBody(body)
            .withMaxBodySize(maxBodySize);
    // An endpoint that completes later frees this server thread; whichever thread completes it
    // writes the answer.
    Exchanges.answer(dispatcher, request)
        .whenComplete(
            (response, failure) -> {
              // Closing the exchange closes the connection when the answer says Connection: close,
              // and
              // otherwise when the body is not at its end. The server reads on ("drains") only up
              // to
              // sun.net.httpserver.drainAmount, which JdkHttpServers.start sets to 0.
              try (exchange) {
                readEmptyBody(request, body);
                if (Exchanges.respond(request, response, body, channel(exchange))) {
                  linger(exchange, body);
                }
              } catch (Exception e) {
                // the client went away mid-answer: nothing to tell it, and closing frees the
                // exchange
                LOG.log(
                    System.Logger.Level.DEBUG, () -> "Could not send the answer to " + request, e);
              } finally {
                inFlight.decrementAndGet();
              }
            });
  }

  /**
   * After an answer that refuses a body the client is still sending: reads and discards the rest,
   * so that closing does not reset the connection before the client has read the answer, but for no
   * longer than {@link #LINGER}: a client that announced a body and sends nothing is let go.
   */
  private static void linger(HttpExchange exchange, RequestBody body) {
    ScheduledFuture<?> cutOff =
        LINGERING.schedule(
            exchange::close,
            LINGER.toMillis(),
            TimeUnit.MILLISECONDS); // closes the connection, so that the read below ends
    try {
      Exchanges.discard(body);
    } finally {
      cutOff.cancel(false);
    }
  }

  /**
   * Reads the body of a request that has none, which ends at once: the server keeps a connection
   * only once the exchange's stream has said it is at its end, and reads nothing itself
   * (drainAmount is 0). Without this, every request without a body closed its connection.
   */
  private static void readEmptyBody(Request request, RequestBody body) throws IOException {
    if (!body.ended() && !body.failed() && !Exchanges.announcesBody(request)) {
      body.read();
    }
  }

  private static ResponseChannel channel(HttpExchange exchange) {
    return (status, headers, length) -> {
      headers.forEach(
          (name, values) -> exchange.getResponseHeaders().put(name, new ArrayList<>(values)));
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
