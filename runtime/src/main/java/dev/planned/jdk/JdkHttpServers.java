package dev.planned.jdk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.planned.ApiDispatcher;
import dev.planned.Dispatcher;
import dev.planned.Request;
import dev.planned.Response;
import dev.planned.Router;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;

/**
 * Serves dispatchers on the JDK's built-in {@code com.sun.net.httpserver.HttpServer}:
 *
 * <pre>{@code
 * HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
 * server.setExecutor(Executors.newFixedThreadPool(16)); // the default runs one request at a time
 * server.createContext("/", JdkHttpServers.handler(new Library(), new Loans()));
 * server.start();
 * }</pre>
 */
public final class JdkHttpServers {
  private static final System.Logger LOG = System.getLogger("dev.planned");

  private JdkHttpServers() {}

  /**
   * A handler serving these dispatchers together, as one {@link Router}: mount it at the context
   * {@code "/"}, since routes are matched against the whole request path.
   */
  public static HttpHandler handler(Dispatcher... dispatchers) {
    Dispatcher dispatcher = dispatchers.length == 1 && !(dispatchers[0] instanceof Router)
        && !(dispatchers[0] instanceof ApiDispatcher)
        ? dispatchers[0] // a hand-written dispatcher answers everything itself
        : Router.of(dispatchers);
    return exchange -> serve(dispatcher, exchange);
  }

  private static void serve(Dispatcher dispatcher, HttpExchange exchange) throws IOException {
    Request request = Request.of(exchange.getRequestMethod(), target(exchange.getRequestURI()))
        .withHeaders(exchange.getRequestHeaders())
        .withBody(exchange.getRequestBody());
    if (!(dispatcher instanceof Router router)) {
      try (exchange) {
        send(exchange, dispatcher.dispatch(request));
      }
      return;
    }
    // An endpoint that completes later frees this server thread; whichever thread completes it
    // writes the answer.
    router.dispatchAsync(request).whenComplete((response, failure) -> {
      try (exchange) {
        send(exchange, response);
      } catch (IOException | RuntimeException e) {
        LOG.log(System.Logger.Level.DEBUG, () -> "Could not send the answer to " + request, e);
      }
    });
  }

  /** The raw target as sent: {@code *}, or the path with its query, still percent-encoded. */
  private static String target(URI uri) {
    String path = uri.getRawPath();
    if (path == null || path.isEmpty()) {
      path = uri.toString().equals("*") ? "*" : "/";
    }
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }

  private static void send(HttpExchange exchange, Response response) throws IOException {
    response.headers().forEach((name, values) ->
        exchange.getResponseHeaders().put(name, new ArrayList<>(values)));
    int length = response.bodyLength();
    boolean bodyless = length == 0 || exchange.getRequestMethod().equals("HEAD")
        || response.status() == 204 || response.status() == 304;
    // -1 tells the JDK server there is no body; 0 would mean a chunked body of unknown length
    exchange.sendResponseHeaders(response.status(), bodyless ? -1 : length);
    if (!bodyless) {
      try (OutputStream body = exchange.getResponseBody()) {
        response.writeBodyTo(body);
      }
    }
  }
}
