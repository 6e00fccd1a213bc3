package dev.planned.bench.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Start-up time: launches {@code BenchServer KIND} as a new JVM and asks for the implemented route
 * every millisecond until an answer is 200; the time from just before the launch to that answer is
 * one sample. {@code java … StartupProbe KIND RUNS PORT} prints the samples in milliseconds, one a
 * line. The server JVM gets the same options as in the HTTP benchmark.
 */
public final class StartupProbe {
  private StartupProbe() {}

  public static void main(String[] args) throws Exception {
    String kind = args[0];
    int runs = Integer.parseInt(args[1]);
    int port = Integer.parseInt(args[2]);
    String java = ProcessHandle.current().info().command().orElse("java");
    String classpath = System.getProperty("java.class.path");
    for (int run = 0; run < runs; run++) {
      long start = System.nanoTime();
      Process server =
          new ProcessBuilder(
                  java,
                  "-Dsun.net.httpserver.nodelay=true",
                  "-cp",
                  classpath,
                  BenchServer.class.getName(),
                  kind,
                  Integer.toString(port))
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      try {
        long deadline = start + TimeUnit.SECONDS.toNanos(30);
        while (status(port) != 200) {
          if (System.nanoTime() > deadline || !server.isAlive()) {
            throw new IllegalStateException(kind + " did not answer 200 within 30 s");
          }
          Thread.sleep(1);
        }
        System.out.printf("%.1f%n", (System.nanoTime() - start) / 1e6);
      } finally {
        server.destroy();
        server.waitFor();
      }
    }
  }

  /** The status of GET on the implemented route, or -1 while nothing answers. */
  static int status(int port) {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setTcpNoDelay(true);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET "
                  + dev.planned.bench.RouteTable.HTTP_IMPLEMENTED_PATH
                  + " HTTP/1.1\r\n"
                  + "Host: localhost\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      // the whole answer, to its end (Connection: close): a client that hangs up early makes
      // Jersey's container log "headers already sent" while it is being timed
      byte[] answer = socket.getInputStream().readAllBytes();
      return answer.length >= 12
          ? Integer.parseInt(new String(answer, 9, 3, StandardCharsets.US_ASCII))
          : -1;
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
  }
}
