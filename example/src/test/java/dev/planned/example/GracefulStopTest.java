package dev.planned.example;

import static dev.planned.testing.Listener.refusesNewConnections;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Stopping the example (what its shutdown hook does on SIGTERM) lets an upload still sending
 * finish: the client gets its 201, while new connections are refused.
 */
class GracefulStopTest {
  private static final String USER = "{\"name\":\"Grace Hopper\",\"email\":\"grace@example.org\"}";

  @ParameterizedTest
  @EnumSource(ExampleServers.class)
  void anUploadInFlightIsAnsweredAfterTheStopBegins(ExampleServers kind) throws Exception {
    RunningExample server = kind.start();
    int port = server.port(); // read now: a stopped Jetty connector says -2
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/users HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  + "Authorization: Bearer "
                  + ExampleApis.DEMO_TOKEN
                  + "\r\n"
                  + "Content-Length: "
                  + USER.length()
                  + "\r\n\r\n"
                  + USER.substring(0, 10))
              .getBytes(ISO_8859_1));
      out.flush();
      awaitInFlight(server);

      CompletableFuture<Void> stopped = CompletableFuture.runAsync(server::close);
      assertTrue(refusesNewConnections(port), "the listener closes when the stop begins");
      out.write(USER.substring(10).getBytes(ISO_8859_1));
      out.flush();

      String answer = new String(socket.getInputStream().readNBytes(12), ISO_8859_1);
      assertTrue(answer.equals("HTTP/1.1 201"), answer);
      stopped.get(15, TimeUnit.SECONDS);
    }
  }

  /** Waits until the server has begun the request: its head is read, its body is not. */
  private static void awaitInFlight(RunningExample server) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (server.requestsInFlight() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertTrue(server.requestsInFlight() > 0, "the upload reached the server");
  }
}
