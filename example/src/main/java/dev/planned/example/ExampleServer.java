package dev.planned.example;

import com.sun.net.httpserver.HttpServer;
import dev.planned.Route;
import dev.planned.Router;
import dev.planned.jdk.JdkHttpServers;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the users and reports APIs on the JDK's built-in HTTP server until stopped:
 * {@code java dev.planned.example.ExampleServer [port]} (8080 by default; 0 picks a free port).
 */
public final class ExampleServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;
  private final Router router;

  private ExampleServer(HttpServer server, ExecutorService executor, Router router) {
    this.server = server;
    this.executor = executor;
    this.router = router;
  }

  /** Starts serving on {@code port} of every interface (0: a free port). */
  public static ExampleServer start(int port) throws IOException {
    // The JDK server's default executor runs one exchange at a time, on its dispatcher thread.
    ExecutorService executor =
        Executors.newFixedThreadPool(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
    Users users = new Users();
    Router router = Router.of(users, new Reports(users, executor));
    HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
    server.setExecutor(executor);
    server.createContext("/", JdkHttpServers.handler(router));
    server.start();
    return new ExampleServer(server, executor, router);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The route table, planned endpoints marked with their release and message. */
  public void printRoutes(PrintStream out) {
    out.println("Serving on http://localhost:" + port());
    for (Route route : router.routes()) {
      String plan = route.plan()
          .map(p -> "  PLANNED" + (p.release().isEmpty() ? "" : " for " + p.release()) + ": "
              + p.message())
          .orElse("");
      out.println(String.format("  %-7s %-22s%s", route.method(), route.path(), plan)
          .stripTrailing());
    }
  }

  @Override
  public void close() {
    server.stop(1);
    executor.shutdown();
  }

  public static void main(String[] args) throws IOException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
    ExampleServer server = start(port);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    server.printRoutes(System.out);
  }
}
