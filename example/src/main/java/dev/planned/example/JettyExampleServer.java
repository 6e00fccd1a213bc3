package dev.planned.example;

import dev.planned.servlet.PlannedServlet;
import java.io.PrintStream;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The same APIs on embedded Jetty 12 through {@link PlannedServlet}:
 * {@code java dev.planned.example.JettyExampleServer [port]}.
 */
public final class JettyExampleServer implements RunningExample {
  private final ExampleApis apis;
  private final Server server;
  private final ServerConnector connector;

  private JettyExampleServer(ExampleApis apis, Server server, ServerConnector connector) {
    this.apis = apis;
    this.server = server;
    this.connector = connector;
  }

  /** Starts serving on {@code port} of every interface (0: a free port). */
  public static JettyExampleServer start(int port) throws Exception {
    ExampleApis apis = new ExampleApis();
    Server server = new Server();
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false); // no "Server: Jetty(…)": the JDK server sends none either
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setPort(port);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/");
    ServletHolder planned = new ServletHolder("planned", new PlannedServlet(apis.router()));
    planned.setAsyncSupported(true); // a report completing later frees Jetty's thread
    context.addServlet(planned, "/*");
    server.setHandler(context);
    server.start();
    return new JettyExampleServer(apis, server, connector);
  }

  @Override
  public int port() {
    return connector.getLocalPort();
  }

  @Override
  public void printRoutes(PrintStream out) {
    apis.printRoutes(out, "http://localhost:" + port() + " (Jetty)");
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("Jetty did not stop cleanly", e);
    } finally {
      apis.close();
    }
  }

  public static void main(String[] args) throws Exception {
    JettyExampleServer example = CommandLine.serve(args, JettyExampleServer::start);
    example.server.join();
  }
}
