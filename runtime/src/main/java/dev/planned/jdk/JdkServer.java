package dev.planned.jdk;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A JDK {@link HttpServer} started by {@link JdkHttpServers#start}, with the executor it owns and a
 * graceful {@link #stop}. The server itself stays available through {@link #httpServer()}, to add
 * contexts or filters.
 */
public final class JdkServer implements AutoCloseable {
  /** How long {@link #close()} lets requests in flight finish. */
  public static final Duration DEFAULT_GRACE = Duration.ofSeconds(10);

  private final HttpServer server;
  private final ExecutorService executor;
  private final DispatchingHandler handler;

  JdkServer(HttpServer server, ExecutorService executor, DispatchingHandler handler) {
    this.server = server;
    this.executor = executor;
    this.handler = handler;
  }

  /** The underlying server. */
  public HttpServer httpServer() {
    return server;
  }

  /** The port it listens on: the one chosen when started with port 0. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://host:port} of the bound address, for logs and clients. */
  public URI uri() {
    InetSocketAddress address = server.getAddress();
    String host = address.getAddress().getHostAddress();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port());
  }

  /** Requests begun and not yet answered, including endpoints that complete later. */
  public int requestsInFlight() {
    return handler.inFlight();
  }

  /**
   * Stops accepting connections at once, lets the requests in flight finish for up to {@code
   * grace}, then closes every connection and the request threads. Returns as soon as the last
   * request is answered. Requests still running when the grace ends are cut off.
   */
  public void stop(Duration grace) {
    if (handler.inFlight() == 0) {
      // an idle HttpServer.stop(n) waits the whole n seconds (seen on JDK 17): none is needed
      server.stop(0);
    } else {
      // with exchanges open it closes the listener and returns once they are done
      server.stop((int) Math.max(1, (grace.toMillis() + 999) / 1000));
    }
    executor.shutdown();
    try {
      if (!executor.awaitTermination(1, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** Stops with the {@link #DEFAULT_GRACE}. */
  @Override
  public void close() {
    stop(DEFAULT_GRACE);
  }

  @Override
  public String toString() {
    return "JdkServer " + uri();
  }
}
