package dev.planned.bench.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.planned.bench.FilterChains;
import dev.planned.bench.Hits;
import dev.planned.bench.PlannedProblem;
import dev.planned.bench.RouteTable;
import dev.planned.bench.RouteTable.GoRoute;
import dev.planned.bench.TrieRouter;
import dev.planned.bench.TrieRouter.Match;
import dev.planned.bench.github.GithubJersey;
import dev.planned.bench.github.GithubPlanned;
import dev.planned.jdk.JdkHttpServers;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The GitHub API on the JDK's HttpServer, served by one of the contenders, each with exactly the
 * same server settings: {@code java … BenchServer raw|planned|jersey PORT}. Prints "ready" once it
 * accepts requests. Run it with {@code -Dsun.net.httpserver.nodelay=true}, as bench/run.sh does.
 */
public final class BenchServer {
  /** The same for all: the accept queue wrk's 64 connections fill at once, and the workers. */
  public static final int BACKLOG = 1024;

  public static final int THREADS = 16;

  private BenchServer() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println(
          "usage: BenchServer raw|planned|jersey|filters-none|filters-pass|filters-ids-log PORT");
      System.exit(2);
    }
    HttpServer server = start(args[0], Integer.parseInt(args[1]));
    System.out.println("ready " + args[0] + " on port " + server.getAddress().getPort());
  }

  /** Starts a server for a contender on loopback; port 0 picks a free one. */
  public static HttpServer start(String kind, int port) throws IOException {
    HttpHandler handler = handler(kind, new Hits());
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), BACKLOG);
    ExecutorService executor = Executors.newFixedThreadPool(THREADS);
    server.setExecutor(executor);
    server.createContext("/", handler);
    server.start();
    return server;
  }

  static HttpHandler handler(String kind, Hits hits) {
    return switch (kind) {
      case "raw" -> new RawHandler(hits);
      case "planned" -> JdkHttpServers.handler(new GithubPlanned(hits));
      // the filter benchmark (bench/run.sh step 2b): the same in a router, with each chain
      case "filters-none", "filters-pass", "filters-ids-log" ->
          JdkHttpServers.handler(
              FilterChains.around(new GithubPlanned(hits), kind.substring("filters-".length())));
      // Jersey's own container for this server, mounted like the others (JdkHttpServerFactory
      // would create the server itself, with another backlog)
      case "jersey" ->
          ContainerFactory.createContainer(
              HttpHandler.class,
              new ResourceConfig().registerInstances(GithubJersey.resources(hits)));
      default -> throw new IllegalArgumentException("Not a contender: " + kind);
    };
  }

  /**
   * The baseline: a plain {@link HttpHandler} doing the same work as the others with nothing in
   * between: route with the hand-written trie, bind the wildcards, answer "ok" as text, or the
   * planned route's 501 problem; 404 otherwise.
   */
  static final class RawHandler implements HttpHandler {
    private static final byte[] OK = "ok".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NOT_FOUND = "not found".getBytes(StandardCharsets.UTF_8);

    private final Hits hits;
    private final TrieRouter<GoRoute> router;

    RawHandler(Hits hits) {
      this.hits = hits;
      List<GoRoute> routes = new ArrayList<>(RouteTable.github());
      routes.add(RouteTable.PLANNED);
      this.router = new TrieRouter<>(routes, Function.identity());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
      try (exchange) {
        String path = exchange.getRequestURI().getRawPath();
        Match<GoRoute> match = router.find(exchange.getRequestMethod(), path);
        if (match == null) {
          send(exchange, 404, "text/plain; charset=utf-8", NOT_FOUND);
          return;
        }
        hits.hit(match.handler.index(), match.values(path));
        if (match.handler == RouteTable.PLANNED) {
          exchange.getResponseHeaders().set("Cache-Control", "no-store");
          send(
              exchange,
              501,
              PlannedProblem.CONTENT_TYPE,
              PlannedProblem.json(path).getBytes(StandardCharsets.UTF_8));
        } else {
          send(exchange, 200, "text/plain; charset=utf-8", OK);
        }
      }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body)
        throws IOException {
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
