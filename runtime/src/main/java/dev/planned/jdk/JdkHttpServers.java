package dev.planned.jdk;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.planned.Dispatcher;
import dev.planned.Request;
import dev.planned.spi.Exchanges;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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
 * <p><b>Latency:</b> the JDK server leaves Nagle's algorithm on, which can delay small answers by
 * up to 40 ms on a keep-alive connection. Start the JVM with {@code -Dsun.net.httpserver.nodelay=true}
 * (read once, when the first server is created, which is why this library does not set it for
 * you). <b>Slow clients:</b> {@code -Dsun.net.httpserver.maxReqTime=<seconds>} bounds how long one
 * may take to send a request; by default a client that stops sending mid-body holds its thread
 * until it disconnects.
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

  /** As {@link #handler(Dispatcher...)}, refusing bodies over {@code maxBodySize} bytes with 413. */
  public static HttpHandler handler(long maxBodySize, Dispatcher... dispatchers) {
    return new DispatchingHandler(Exchanges.serving(dispatchers), checkLimit(maxBodySize));
  }

  /**
   * Starts a server on this address serving these dispatchers at {@code /}, with
   * {@link #defaultThreads()} threads, a backlog of {@link #DEFAULT_BACKLOG} and bodies limited to
   * {@link Request#DEFAULT_MAX_BODY_SIZE}. Port 0 picks a free port ({@link JdkServer#port()}).
   *
   * @throws IllegalArgumentException if routes of different dispatchers conflict
   * @throws IOException if the address cannot be bound
   */
  public static JdkServer start(InetSocketAddress address, Dispatcher... dispatchers)
      throws IOException {
    return start(address, defaultThreads(), dispatchers);
  }

  /** As {@link #start(InetSocketAddress, Dispatcher...)} with this many request threads. */
  public static JdkServer start(InetSocketAddress address, int threads, Dispatcher... dispatchers)
      throws IOException {
    if (threads < 1) {
      throw new IllegalArgumentException("A server needs at least one thread, not " + threads);
    }
    // Built before binding, so that conflicting routes fail before a port is taken.
    DispatchingHandler handler = new DispatchingHandler(Exchanges.serving(dispatchers),
        Request.DEFAULT_MAX_BODY_SIZE);
    HttpServer server = HttpServer.create(address, DEFAULT_BACKLOG);
    ExecutorService executor = executor(threads);
    server.setExecutor(executor);
    server.createContext("/", handler);
    server.start();
    return new JdkServer(server, executor, handler);
  }

  /**
   * Request threads for a machine: handlers block on I/O (reading bodies, writing to slow
   * clients, calling databases), so several per core, and never fewer than 8.
   */
  public static int defaultThreads() {
    return Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
  }

  /**
   * A fixed pool with an unbounded queue: when every thread is busy, requests wait rather than
   * being refused (the JDK server has no way to answer 503 for a rejected task; it would drop the
   * connection).
   */
  private static ExecutorService executor(int threads) {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory = task -> {
      Thread thread = new Thread(task, "planned-http-" + count.incrementAndGet());
      thread.setDaemon(false); // a started server keeps the JVM running until it is stopped
      return thread;
    };
    return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>(), factory);
  }

  private static long checkLimit(long maxBodySize) {
    if (maxBodySize < 0) {
      throw new IllegalArgumentException("The body size limit must not be negative: " + maxBodySize);
    }
    return maxBodySize;
  }
}
