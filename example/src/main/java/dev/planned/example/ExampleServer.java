package dev.planned.example;

import dev.planned.jdk.JdkHttpServers;
import dev.planned.jdk.JdkServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;

/**
 * Serves the users and reports APIs on the JDK's built-in HTTP server until stopped: {@code java
 * dev.planned.example.ExampleServer [port]} (8080 by default; 0 picks a free port; a port in use is
 * named, with how to pick another).
 */
public final class ExampleServer implements RunningExample {
  private final ExampleApis apis;
  private final JdkServer server;

  private ExampleServer(ExampleApis apis, JdkServer server) {
    this.apis = apis;
    this.server = server;
  }

  /** Starts serving on {@code port} of every interface (0: a free port). */
  public static ExampleServer start(int port) throws IOException {
    ExampleApis apis = new ExampleApis();
    // a thread pool sized to the machine, a backlog, and a graceful stop: JdkHttpServers.start
    return new ExampleServer(
        apis, JdkHttpServers.start(new InetSocketAddress(port), apis.router()));
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
    apis.printRoutes(out, "http://localhost:" + port());
  }

  /** Stops, letting requests in flight finish. */
  @Override
  public void close() {
    server.close();
    apis.close();
  }

  public static void main(String[] args) throws Exception {
    CommandLine.serve(args, ExampleServer::start);
  }
}
