package dev.planned.example;

import dev.planned.jetty.PlannedJetty;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;

/**
 * The same APIs on Jetty 12, set up for production by {@link PlannedJetty} (graceful stop, no
 * version header, idle timeout, body limit): {@code java dev.planned.example.JettyExampleServer
 * [port]}.
 */
public final class JettyExampleServer implements RunningExample {
  private final ExampleApis apis;
  private final PlannedJetty server;

  private JettyExampleServer(ExampleApis apis, PlannedJetty server) {
    this.apis = apis;
    this.server = server;
  }

  /** Starts serving on {@code port} of every interface (0: a free port). */
  public static JettyExampleServer start(int port) throws IOException {
    ExampleApis apis = new ExampleApis();
    return new JettyExampleServer(
        apis, PlannedJetty.start(new InetSocketAddress(port), apis.router()));
  }

  @Override
  public int port() {
    return server.port();
  }

  @Override
  public long requestsInFlight() {
    return server.requestsInFlight();
  }

  @Override
  public void printRoutes(PrintStream out) {
    apis.printRoutes(out, "http://localhost:" + port() + " (Jetty)");
  }

  /** Stops, letting requests in flight (an upload, a report being computed) finish. */
  @Override
  public void close() {
    server.close();
    apis.close();
  }

  public static void main(String[] args) throws Exception {
    JettyExampleServer example = CommandLine.serve(args, JettyExampleServer::start);
    example.server.join();
  }
}
