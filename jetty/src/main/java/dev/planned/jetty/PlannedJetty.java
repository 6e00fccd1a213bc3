package dev.planned.jetty;

import dev.planned.Dispatcher;
import dev.planned.Request;
import dev.planned.servlet.PlannedServlet;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Planned dispatchers on embedded Jetty 12, set up for production, in one call:
 *
 * <pre>{@code
 * PlannedJetty server = PlannedJetty.start(new InetSocketAddress(8080), new Library(), new Loans());
 * Runtime.getRuntime().addShutdownHook(new Thread(server::close)); // graceful on SIGTERM
 * }</pre>
 *
 * <p>What {@link #start} sets, each overridable through {@link Options} (or, for anything else, on
 * {@link #server()} before traffic arrives):
 *
 * <ul>
 *   <li><b>Graceful stop</b>: a {@link GracefulHandler} counts requests from their head to their
 *       last byte, asynchronous ones included. {@link #stop(Duration)} closes the listener at once
 *       (new connections are refused), answers requests that arrive on open connections with 503,
 *       lets requests in flight (an upload still sending, an endpoint that completes later) finish
 *       for up to the grace period, then closes what is left. {@link #close()} stops with {@link
 *       Options#stopTimeout()} ({@value Options#DEFAULT_STOP_SECONDS} s by default; Jetty's own
 *       default, 0, cuts requests in flight).
 *   <li><b>No {@code Server} header</b>: {@code HttpConfiguration.setSendServerVersion(false)}, so
 *       the version is not advertised (the JDK server and Tomcat send none either).
 *   <li><b>Timeouts</b>: a connection silent for {@link Options#idleTimeout()} (30 s) is closed,
 *       whether it is idle between requests, sending a request head or body slowly, or not reading
 *       its answer. Jetty reads request heads without holding a thread, and refuses heads over 8
 *       KiB with 431, so a slow head costs a connection, not a thread.
 *   <li><b>Body limit</b>: {@link Options#maxBodySize()} (1 MiB), answered 413 as {@link
 *       PlannedServlet#withMaxBodySize} does.
 *   <li><b>Threads</b>: a pool of up to {@link Options#maxThreads()} (200, Jetty's default), named
 *       {@code planned-jetty-N}; threads idle for a minute end.
 *   <li><b>Backlog</b>: {@value #BACKLOG} connections queued while Jetty accepts.
 *   <li><b>Routes</b> that conflict fail before the port is bound, with {@link
 *       IllegalArgumentException}.
 * </ul>
 *
 * <p>The dispatchers are served at {@code /*} through {@link PlannedServlet}, with async support
 * on, so that an endpoint returning a {@code CompletionStage} frees Jetty's thread.
 */
public final class PlannedJetty implements AutoCloseable {
  /**
   * Connections the operating system queues before Jetty accepts them. Jetty's default leaves the
   * JDK's 50: in the soak (bench/soak.sh), 250 clients connecting at once then waited a second for
   * their SYN to be sent again. The kernel caps it anyway ({@code somaxconn}).
   */
  public static final int BACKLOG = 1024;

  /**
   * What {@link PlannedJetty#start} sets; {@link #defaults()}, then {@code with…} to change one.
   *
   * @param maxThreads the most request threads (Jetty reads and writes without holding one)
   * @param maxBodySize the largest request body accepted, in bytes; more is answered 413
   * @param idleTimeout how long a connection may stay silent, in either direction
   * @param stopTimeout how long {@link PlannedJetty#close()} lets requests in flight finish
   */
  public record Options(
      int maxThreads, long maxBodySize, Duration idleTimeout, Duration stopTimeout) {
    /** Seconds {@link PlannedJetty#close()} waits by default, as {@code JdkServer} does. */
    public static final int DEFAULT_STOP_SECONDS = 10;

    public Options {
      if (maxThreads < 4) {
        // Jetty's selector and acceptor take threads of the same pool before any request does
        throw new IllegalArgumentException("Jetty needs at least 4 threads, not " + maxThreads);
      }
      if (maxBodySize < 0) {
        throw new IllegalArgumentException(
            "The body size limit must not be negative: " + maxBodySize);
      }
      requirePositive("idle timeout", idleTimeout);
      if (stopTimeout.isNegative()) {
        throw new IllegalArgumentException("The stop timeout must not be negative: " + stopTimeout);
      }
    }

    /** 200 threads, bodies up to 1 MiB, 30 s idle timeout, 10 s to stop. */
    public static Options defaults() {
      return new Options(
          200,
          Request.DEFAULT_MAX_BODY_SIZE,
          Duration.ofSeconds(30),
          Duration.ofSeconds(DEFAULT_STOP_SECONDS));
    }

    public Options withMaxThreads(int maxThreads) {
      return new Options(maxThreads, maxBodySize, idleTimeout, stopTimeout);
    }

    public Options withMaxBodySize(long maxBodySize) {
      return new Options(maxThreads, maxBodySize, idleTimeout, stopTimeout);
    }

    public Options withIdleTimeout(Duration idleTimeout) {
      return new Options(maxThreads, maxBodySize, idleTimeout, stopTimeout);
    }

    public Options withStopTimeout(Duration stopTimeout) {
      return new Options(maxThreads, maxBodySize, idleTimeout, stopTimeout);
    }

    private static void requirePositive(String what, Duration duration) {
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("The " + what + " must be positive: " + duration);
      }
    }
  }

  private final Server server;
  private final ServerConnector connector;
  private final GracefulHandler graceful;
  private final Duration stopTimeout;

  private PlannedJetty(
      Server server, ServerConnector connector, GracefulHandler graceful, Duration stopTimeout) {
    this.server = server;
    this.connector = connector;
    this.graceful = graceful;
    this.stopTimeout = stopTimeout;
  }

  /**
   * Starts Jetty on this address serving these dispatchers, with {@link Options#defaults()}. Port 0
   * picks a free port ({@link #port()}).
   *
   * @throws IllegalArgumentException if routes of different dispatchers conflict (before binding)
   * @throws IOException if the address cannot be bound
   */
  public static PlannedJetty start(InetSocketAddress address, Dispatcher... dispatchers)
      throws IOException {
    return start(address, Options.defaults(), dispatchers);
  }

  /** As {@link #start(InetSocketAddress, Dispatcher...)}, with these options. */
  public static PlannedJetty start(
      InetSocketAddress address, Options options, Dispatcher... dispatchers) throws IOException {
    // Built first: conflicting routes throw here, before a thread or a port is taken.
    PlannedServlet servlet = new PlannedServlet(dispatchers).withMaxBodySize(options.maxBodySize());

    QueuedThreadPool threads = new QueuedThreadPool(options.maxThreads());
    threads.setName("planned-jetty");
    Server server = new Server(threads);
    server.setStopTimeout(options.stopTimeout().toMillis());

    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(host(address));
    connector.setPort(address.getPort());
    connector.setIdleTimeout(options.idleTimeout().toMillis());
    connector.setAcceptQueueSize(BACKLOG);
    server.addConnector(connector);

    ServletContextHandler context = new ServletContextHandler("/");
    ServletHolder holder = new ServletHolder("planned", servlet);
    holder.setAsyncSupported(true);
    context.addServlet(holder, "/*");
    GracefulHandler graceful = new GracefulHandler(context);
    server.setHandler(graceful);

    try {
      server.start();
    } catch (Exception e) {
      stopQuietly(server, e);
      if (e instanceof IOException io) {
        throw io; // the address is taken or cannot be bound
      }
      throw new IllegalStateException("Jetty did not start", e);
    }
    return new PlannedJetty(server, connector, graceful, options.stopTimeout());
  }

  /** The Jetty server, to add a connector, a handler or a bean; started already. */
  public Server server() {
    return server;
  }

  /** The port it listens on: the one chosen when started with port 0. */
  public int port() {
    return connector.getLocalPort();
  }

  /**
   * {@code http://host:port} of the bound address, for logs and clients; the loopback address when
   * bound to every interface.
   */
  public URI uri() {
    String host = connector.getHost();
    if (host == null || host.isEmpty() || host.equals("0.0.0.0") || host.equals("::")) {
      host = InetAddress.getLoopbackAddress().getHostAddress();
    }
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port());
  }

  /** Requests begun and not yet answered, including endpoints that complete later. */
  public long requestsInFlight() {
    return graceful.getCurrentRequestCount();
  }

  /**
   * Stops accepting connections at once, lets the requests in flight finish for up to {@code
   * grace}, then closes every connection and stops the threads. Returns as soon as the last request
   * is answered; requests still running when the grace ends are cut off.
   */
  public void stop(Duration grace) {
    server.setStopTimeout(Math.max(0, grace.toMillis()));
    try {
      server.stop();
    } catch (Exception e) {
      // Jetty reports requests cut off at the end of the grace period this way: they are gone
      throw new IllegalStateException("Jetty did not stop cleanly", e);
    }
  }

  /** Stops with the {@link Options#stopTimeout()} it was started with. */
  @Override
  public void close() {
    stop(stopTimeout);
  }

  /** Blocks until the server has stopped, as a {@code main} that only serves does. */
  public void join() throws InterruptedException {
    server.join();
  }

  @Override
  public String toString() {
    return "PlannedJetty " + uri();
  }

  /** The host to bind: null (every interface, IPv4 and IPv6) for a wildcard address. */
  private static String host(InetSocketAddress address) {
    if (address.isUnresolved()) {
      return address.getHostString();
    }
    return address.getAddress().isAnyLocalAddress() ? null : address.getAddress().getHostAddress();
  }

  private static void stopQuietly(Server server, Exception cause) {
    try {
      server.stop();
    } catch (Exception e) {
      cause.addSuppressed(e);
    }
  }
}
