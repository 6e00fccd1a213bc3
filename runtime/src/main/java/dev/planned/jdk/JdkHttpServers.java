package dev.planned.jdk;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.planned.Dispatcher;
import dev.planned.Request;
import dev.planned.spi.Exchanges;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;

/**
 * Serves dispatchers on the JDK's built-in {@code com.sun.net.httpserver.HttpServer}.
 *
 * <p>With production defaults, in one call:
 *
 * <pre>{@code
 * JdkServer server = JdkHttpServers.start(new InetSocketAddress(8080), new Library(), new Loans());
 * Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(Duration.ofSeconds(10))));
 * }</pre>
 *
 * <p>Or on an {@code HttpServer} set up by hand, with only the handler from here:
 *
 * <pre>{@code
 * HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
 * server.setExecutor(Executors.newFixedThreadPool(16)); // the default runs one request at a time
 * server.createContext("/", JdkHttpServers.handler(new Library(), new Loans()));
 * server.start();
 * }</pre>
 *
 * <p>{@link #start} sets the JDK server's limits, which are JVM-wide system properties read once,
 * when the first server of the JVM is created; it sets each only if it is not set already, so
 * {@code -D} on the command line (or {@code System.setProperty} before the first server) overrides
 * it: {@code sun.net.httpserver.maxReqTime=30} (seconds for a request's head and body), {@code
 * maxRspTime=60} (seconds from the end of the request to the end of the answer), {@code
 * maxIdleConnections=1000}, {@code drainAmount=0} (Planned decides whether an unread body is read
 * on) and {@code nodelay=true}. A server set up by hand with {@link #handler} gets the JDK's
 * defaults unless the JVM is started with them: no time limits, 200 idle connections.
 */
public final class JdkHttpServers {
  /**
   * Connections the operating system queues while every thread is busy. The JDK's default (50)
   * turns bursts into refused connections; the kernel caps it anyway ({@code somaxconn}).
   */
  public static final int DEFAULT_BACKLOG = 1024;

  private JdkHttpServers() {}

  /**
   * A handler serving these dispatchers together, as one {@link dev.planned.Router}: mount it at
   * the context {@code "/"}, since routes are matched against the whole request path. Request
   * bodies are limited to {@link Request#DEFAULT_MAX_BODY_SIZE}.
   *
   * @throws IllegalArgumentException if routes of different dispatchers conflict
   */
  public static HttpHandler handler(Dispatcher... dispatchers) {
    return handler(Request.DEFAULT_MAX_BODY_SIZE, dispatchers);
  }

  /**
   * As {@link #handler(Dispatcher...)}, refusing bodies over {@code maxBodySize} bytes with 413.
   */
  public static HttpHandler handler(long maxBodySize, Dispatcher... dispatchers) {
    return new DispatchingHandler(Exchanges.serving(dispatchers), checkLimit(maxBodySize));
  }

  /**
   * Starts a server on this address serving these dispatchers at {@code /}, with a virtual thread
   * per exchange on Java 21 and later (else {@link #defaultThreads()} platform threads, growing to
   * 200 while all are busy), a backlog of {@link #DEFAULT_BACKLOG}, the time and connection limits
   * of the class comment, and bodies limited to {@link Request#DEFAULT_MAX_BODY_SIZE}. Port 0 picks
   * a free port ({@link JdkServer#port()}).
   *
   * @throws IllegalArgumentException if routes of different dispatchers conflict
   * @throws IOException if the address cannot be bound
   */
  public static JdkServer start(InetSocketAddress address, Dispatcher... dispatchers)
      throws IOException {
    return start(address, RequestThreads.forServer(defaultThreads()), dispatchers);
  }

  /**
   * As {@link #start(InetSocketAddress, Dispatcher...)} with platform threads: this many kept, more
   * started while all are busy, up to 200 (or this many if more), then exchanges wait.
   */
  public static JdkServer start(InetSocketAddress address, int threads, Dispatcher... dispatchers)
      throws IOException {
    if (threads < 1) {
      throw new IllegalArgumentException("A server needs at least one thread, not " + threads);
    }
    return start(
        address,
        RequestThreads.growing(threads, Math.max(threads, RequestThreads.MAX_PLATFORM_THREADS)),
        dispatchers);
  }

  private static JdkServer start(
      InetSocketAddress address, ExecutorService executor, Dispatcher... dispatchers)
      throws IOException {
    DispatchingHandler handler;
    try {
      // Built before binding, so that conflicting routes fail before a port is taken.
      handler =
          new DispatchingHandler(Exchanges.serving(dispatchers), Request.DEFAULT_MAX_BODY_SIZE);
    } catch (RuntimeException e) {
      executor.shutdown();
      throw e;
    }
    ServerProperties.applyDefaults();
    HttpServer server;
    try {
      server = HttpServer.create(address, DEFAULT_BACKLOG);
    } catch (IOException | RuntimeException e) {
      executor.shutdown();
      throw e;
    }
    server.setExecutor(executor);
    server.createContext("/", handler);
    server.start();
    return new JdkServer(server, executor, handler);
  }

  /**
   * Platform request threads kept for a machine: handlers block on I/O (reading bodies, writing to
   * slow clients, calling databases), so several per core, and never fewer than 8.
   */
  public static int defaultThreads() {
    return Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
  }

  private static long checkLimit(long maxBodySize) {
    if (maxBodySize < 0) {
      throw new IllegalArgumentException(
          "The body size limit must not be negative: " + maxBodySize);
    }
    return maxBodySize;
  }
}
