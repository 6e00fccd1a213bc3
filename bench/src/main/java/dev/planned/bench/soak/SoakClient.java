package dev.planned.bench.soak;

import dev.planned.bench.RouteTable;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Keep-alive clients that send a mix of requests to a server for a while and count what comes back:
 * {@code java … SoakClient PORT SECONDS CLIENTS THINK_MILLIS OUTPUT_FILE}.
 *
 * <p>Each client is one thread with one connection, kept alive and reused for request after
 * request, as a connection pool does, pausing up to {@code THINK_MILLIS} (at random) between
 * requests so that many connections sit idle at any moment. The mix: 80% an implemented route
 * (200), 10% a planned route (its 501, expected), 10% an unknown path (404).
 *
 * <p>A request <b>fails</b> when no complete answer arrives: the connection is refused, reset or
 * closed before the answer ends, or 10 s pass. The client then opens a new connection, as a pool
 * would, and goes on. An answer with {@code Connection: close} is not a failure, but the client
 * does not reuse that connection. A 5xx other than the planned route's 501 is <b>unexpected</b>.
 *
 * <p>Writes one {@code key=value} line per figure to the output file, latencies in microseconds:
 * {@code requests failed unexpected5xx planned501 notFound ok connections p50 p99 p999 max rps}
 * ({@code connections}: how many the clients opened, the first ones included).
 */
public final class SoakClient {
  private static final int READ_TIMEOUT_MILLIS = 10_000;
  private static final String UNKNOWN_PATH = "/no/such/path";

  private SoakClient() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println("usage: SoakClient PORT SECONDS CLIENTS THINK_MILLIS OUTPUT_FILE");
      System.exit(2);
    }
    Result result =
        run(
            Integer.parseInt(args[0]),
            Integer.parseInt(args[1]),
            Integer.parseInt(args[2]),
            Integer.parseInt(args[3]));
    Files.writeString(Path.of(args[4]), result.toProperties());
    try (PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8)) {
      out.print(result.toProperties());
    }
  }

  /** Runs {@code clients} clients against the loopback port for {@code seconds}. */
  public static Result run(int port, int seconds, int clients, int thinkMillis)
      throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    List<Client> all = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Client client = new Client(port, end, thinkMillis);
      all.add(client);
      Thread thread = new Thread(client, "soak-client-" + i);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return Result.of(all, seconds);
  }

  /** The counts and latencies of one run. */
  public record Result(
      long requests,
      long failed,
      long unexpected5xx,
      long planned501,
      long notFound,
      long ok,
      long connections,
      long p50,
      long p99,
      long p999,
      long max,
      long rps) {

    static Result of(List<Client> clients, int seconds) {
      long failed = 0;
      long unexpected = 0;
      long planned = 0;
      long notFound = 0;
      long ok = 0;
      long connections = 0;
      int answered = 0;
      for (Client c : clients) {
        failed += c.failed;
        unexpected += c.unexpected5xx;
        planned += c.planned501;
        notFound += c.notFound;
        ok += c.ok;
        connections += c.connections;
        answered += c.latencyCount;
      }
      long[] micros = new long[answered];
      int at = 0;
      for (Client c : clients) {
        System.arraycopy(c.latencies, 0, micros, at, c.latencyCount);
        at += c.latencyCount;
      }
      Arrays.sort(micros);
      long requests = answered + failed;
      return new Result(
          requests,
          failed,
          unexpected,
          planned,
          notFound,
          ok,
          connections,
          percentile(micros, 0.50),
          percentile(micros, 0.99),
          percentile(micros, 0.999),
          micros.length == 0 ? 0 : micros[micros.length - 1],
          requests / Math.max(1, seconds));
    }

    private static long percentile(long[] sorted, double p) {
      if (sorted.length == 0) {
        return 0;
      }
      return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    String toProperties() {
      return String.format(
          Locale.ROOT,
          "requests=%d%nfailed=%d%nunexpected5xx=%d%nplanned501=%d%n"
              + "notFound=%d%nok=%d%nconnections=%d%np50=%d%np99=%d%np999=%d%nmax=%d%nrps=%d%n",
          requests,
          failed,
          unexpected5xx,
          planned501,
          notFound,
          ok,
          connections,
          p50,
          p99,
          p999,
          max,
          rps);
    }
  }

  /** One keep-alive connection, reopened after a failure or a {@code Connection: close}. */
  private static final class Client implements Runnable {
    private final int port;
    private final long end;
    private final int thinkMillis;

    long[] latencies = new long[1024];
    int latencyCount;
    long failed;
    long unexpected5xx;
    long planned501;
    long notFound;
    long ok;
    long connections;

    private Socket socket;
    private InputStream in;
    private OutputStream out;

    Client(int port, long end, int thinkMillis) {
      this.port = port;
      this.end = end;
      this.thinkMillis = thinkMillis;
    }

    @Override
    public void run() {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      try {
        while (System.nanoTime() < end) {
          int pick = random.nextInt(10);
          String path =
              pick == 0
                  ? RouteTable.HTTP_PLANNED_PATH
                  : pick == 1 ? UNKNOWN_PATH : RouteTable.HTTP_IMPLEMENTED_PATH;
          long begin = System.nanoTime();
          try {
            int status = exchange(path);
            record((System.nanoTime() - begin) / 1000);
            count(status, path);
          } catch (IOException | RuntimeException e) { // RuntimeException: an unreadable answer
            failed++;
            close();
          }
          if (thinkMillis > 0) {
            Thread.sleep(random.nextInt(thinkMillis + 1));
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        close();
      }
    }

    private void count(int status, String path) {
      if (status == 501 && path.equals(RouteTable.HTTP_PLANNED_PATH)) {
        planned501++;
      } else if (status >= 500) {
        unexpected5xx++;
      } else if (status == 404) {
        notFound++;
      } else if (status == 200) {
        ok++;
      }
    }

    /** Sends one GET on the kept-alive connection and reads its whole answer; the status. */
    private int exchange(String path) throws IOException {
      if (socket == null) {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        socket.setTcpNoDelay(true);
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
        connections++;
      }
      out.write(
          ("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      String statusLine = line();
      if (statusLine == null || !statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
        throw new IOException("No answer: " + statusLine);
      }
      int status = Integer.parseInt(statusLine.substring(9, 12));
      long length = -1;
      boolean chunked = false;
      boolean close = false;
      String header;
      while ((header = line()) != null && !header.isEmpty()) {
        String lower = header.toLowerCase(Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Long.parseLong(lower.substring(15).strip());
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
          chunked = true;
        } else if (lower.startsWith("connection:") && lower.contains("close")) {
          close = true;
        }
      }
      if (header == null) {
        throw new IOException("The answer ended in its head");
      }
      if (chunked) {
        readChunked();
      } else if (length >= 0) {
        skip(length);
      } else {
        throw new IOException("An answer without a length on a kept-alive connection");
      }
      if (close) {
        close();
      }
      return status;
    }

    private void readChunked() throws IOException {
      while (true) {
        String size = line();
        if (size == null) {
          throw new IOException("The chunked answer ended early");
        }
        int semicolon = size.indexOf(';');
        long length =
            Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
        if (length == 0) {
          String trailer;
          while ((trailer = line()) != null && !trailer.isEmpty()) {
            // trailers are not kept
          }
          return;
        }
        skip(length + 2); // the chunk and its CRLF
      }
    }

    private void skip(long bytes) throws IOException {
      long left = bytes;
      while (left > 0) {
        long skipped = in.skip(left);
        if (skipped <= 0) {
          if (in.read() < 0) {
            throw new IOException("The answer ended early");
          }
          skipped = 1;
        }
        left -= skipped;
      }
    }

    private String line() throws IOException {
      StringBuilder line = new StringBuilder();
      int b;
      while ((b = in.read()) >= 0) {
        if (b == '\n') {
          int length = line.length();
          return length > 0 && line.charAt(length - 1) == '\r'
              ? line.substring(0, length - 1)
              : line.toString();
        }
        line.append((char) b);
      }
      return line.length() == 0 ? null : line.toString();
    }

    private void record(long micros) {
      if (latencyCount == latencies.length) {
        latencies = Arrays.copyOf(latencies, latencies.length * 2);
      }
      latencies[latencyCount++] = micros;
    }

    private void close() {
      if (socket != null) {
        try {
          socket.close();
        } catch (IOException ignored) {
          // closing a broken connection: nothing more to learn
        }
        socket = null;
      }
    }
  }
}
