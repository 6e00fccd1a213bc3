package dev.planned.jetty;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planned.ApiDispatcher;
import dev.planned.Dispatcher;
import dev.planned.Request;
import dev.planned.Response;
import dev.planned.Route;
import dev.planned.internal.RouteTable;
import dev.planned.internal.Routes;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.junit.jupiter.api.Test;

/**
 * What {@link PlannedJetty#start} sets up, over loopback HTTP. The graceful stop with requests in
 * flight is tested with the other servers in integration-tests ({@code GracefulStopTest}).
 */
class PlannedJettyTest {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final InetSocketAddress LOOPBACK =
      new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

  /** Stands in for a generated dispatcher of an API with one route: enough to be routed. */
  private static final class OneRouteApi extends ApiDispatcher {
    private final Route route;

    OneRouteApi(Route route) {
      super(
          new RouteTable<OneRouteApi>() {
            @Override
            public int find(String method, String path) {
              return NO_ROUTE;
            }

            @Override
            public Response invoke(OneRouteApi api, int index, Request request) {
              throw new AssertionError("never called: nothing is found");
            }
          });
      this.route = route;
    }

    @Override
    public List<Route> routes() {
      return List.of(route);
    }
  }

  /** A hand-written dispatcher with these routes, answering with what the function makes. */
  private static Dispatcher answering(List<Route> routes, Function<Request, Response> answer) {
    return new Dispatcher() {
      @Override
      public Response dispatch(Request request) {
        return answer.apply(request);
      }

      @Override
      public List<Route> routes() {
        return routes;
      }
    };
  }

  private static final Dispatcher ECHO_LENGTH =
      answering(List.of(), request -> Response.ok("read " + request.body().length));

  private static HttpResponse<String> send(PlannedJetty server, HttpRequest.Builder request)
      throws Exception {
    return CLIENT.send(
        request.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesOnAFreePortWithoutAServerHeader() throws Exception {
    try (PlannedJetty server = PlannedJetty.start(LOOPBACK, ECHO_LENGTH)) {
      HttpResponse<String> answer = send(server, HttpRequest.newBuilder(server.uri().resolve("/")));

      assertEquals("http://127.0.0.1:" + server.port(), server.uri().toString());
      assertEquals(200, answer.statusCode());
      assertEquals("read 0", answer.body());
      assertEquals(List.of(), answer.headers().allValues("Server"), "no version advertised");
      assertEquals(0, server.requestsInFlight());
    }
  }

  @Test
  void bodyOverTheLimitIsAnswered413() throws Exception {
    PlannedJetty.Options options = PlannedJetty.Options.defaults().withMaxBodySize(10);
    try (PlannedJetty server = PlannedJetty.start(LOOPBACK, options, ECHO_LENGTH)) {
      HttpResponse<String> over =
          send(
              server,
              HttpRequest.newBuilder(server.uri().resolve("/"))
                  .POST(HttpRequest.BodyPublishers.ofString("12345678901")));
      HttpResponse<String> within =
          send(
              server,
              HttpRequest.newBuilder(server.uri().resolve("/"))
                  .POST(HttpRequest.BodyPublishers.ofString("1234567890")));

      assertEquals(413, over.statusCode());
      assertEquals(
          "application/problem+json", over.headers().firstValue("Content-Type").orElseThrow());
      assertTrue(over.body().contains("larger than the limit of 10 bytes"), over.body());
      assertEquals("read 10", within.body());
    }
  }

  @Test
  void conflictingRoutesFailBeforeThePortIsBound() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    Dispatcher one = new OneRouteApi(Routes.implemented("GET", "/books/{isbn}", "book"));
    Dispatcher other = new OneRouteApi(Routes.implemented("GET", "/books/{id}", "byId"));

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PlannedJetty.start(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), port), one, other));

    assertTrue(e.getMessage().startsWith("Routes of different APIs conflict"), e.getMessage());
    try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      assertEquals(port, again.getLocalPort(), "the port was never taken");
    }
  }

  @Test
  void anAddressInUseIsAnIOException() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThrows(
          IOException.class,
          () ->
              PlannedJetty.start(
                  new InetSocketAddress(InetAddress.getLoopbackAddress(), taken.getLocalPort()),
                  ECHO_LENGTH));
    }
  }

  @Test
  void aSilentConnectionIsClosedAfterTheIdleTimeout() throws Exception {
    PlannedJetty.Options options =
        PlannedJetty.Options.defaults().withIdleTimeout(Duration.ofMillis(300));
    try (PlannedJetty server = PlannedJetty.start(LOOPBACK, options, ECHO_LENGTH);
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.setSoTimeout(10_000);
      // half a request head, then nothing: a slow client
      socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n".getBytes(ISO_8859_1));

      byte[] rest = socket.getInputStream().readAllBytes(); // returns when the server closes

      assertFalse(new String(rest, ISO_8859_1).startsWith("HTTP/1.1 200"), "never served");
    }
  }

  @Test
  void aRequestHeadOver8KiBIsRefusedWith431() throws Exception {
    try (PlannedJetty server = PlannedJetty.start(LOOPBACK, ECHO_LENGTH);
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.setSoTimeout(10_000);
      socket
          .getOutputStream()
          .write(
              ("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(10_000) + "\r\n\r\n")
                  .getBytes(ISO_8859_1));

      String answer = new String(socket.getInputStream().readNBytes(12), ISO_8859_1);

      assertEquals("HTTP/1.1 431", answer);
    }
  }

  @Test
  void duringTheStopARequestOnAnOpenConnectionGets503() throws Exception {
    CompletableFuture<Response> later = new CompletableFuture<>();
    CountDownLatch begun = new CountDownLatch(1);
    Dispatcher slowOrEcho =
        new Dispatcher() {
          @Override
          public CompletionStage<Response> dispatchAsync(Request request) {
            if (request.path().equals("/slow")) {
              begun.countDown();
              return later;
            }
            return CompletableFuture.completedFuture(dispatch(request));
          }

          @Override
          public Response dispatch(Request request) {
            return Response.ok("now");
          }

          @Override
          public List<Route> routes() {
            return List.of();
          }
        };
    PlannedJetty server = PlannedJetty.start(LOOPBACK, slowOrEcho);
    try (Socket slow = new Socket(InetAddress.getLoopbackAddress(), server.port());
        Socket open = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      open.setSoTimeout(10_000);
      slow.getOutputStream().write("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(ISO_8859_1));
      open.getOutputStream().write("GET /now HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(ISO_8859_1));
      assertTrue(readAnswer(open).startsWith("HTTP/1.1 200"), "the connection is open and used");
      assertTrue(begun.await(5, TimeUnit.SECONDS));

      CompletableFuture<Void> stopped =
          CompletableFuture.runAsync(() -> server.stop(Duration.ofSeconds(10)));
      GracefulHandler graceful = server.server().getDescendant(GracefulHandler.class);
      while (!graceful.isShutdown()) {
        Thread.sleep(10); // the stop has not begun yet
      }
      open.getOutputStream().write("GET /now HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(ISO_8859_1));

      assertTrue(readAnswer(open).startsWith("HTTP/1.1 503"));
      later.complete(Response.ok("done"));
      stopped.get(15, TimeUnit.SECONDS);
    } finally {
      later.complete(Response.ok("done"));
    }
  }

  private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)content-length: *(\\d+)");

  /** The head of one answer and its body, read up to its Content-Length. */
  private static String readAnswer(Socket socket) throws IOException {
    StringBuilder head = new StringBuilder();
    InputStream in = socket.getInputStream();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        return head.toString();
      }
      head.append((char) b);
    }
    Matcher length = CONTENT_LENGTH.matcher(head);
    if (length.find()) {
      head.append(new String(in.readNBytes(Integer.parseInt(length.group(1))), ISO_8859_1));
    }
    return head.toString();
  }

  @Test
  void optionsRefuseWhatCannotWork() {
    PlannedJetty.Options defaults = PlannedJetty.Options.defaults();

    assertEquals(200, defaults.maxThreads());
    assertEquals(Request.DEFAULT_MAX_BODY_SIZE, defaults.maxBodySize());
    assertEquals(Duration.ofSeconds(30), defaults.idleTimeout());
    assertEquals(Duration.ofSeconds(10), defaults.stopTimeout());
    assertThrows(IllegalArgumentException.class, () -> defaults.withMaxThreads(2));
    assertThrows(IllegalArgumentException.class, () -> defaults.withMaxBodySize(-1));
    assertThrows(IllegalArgumentException.class, () -> defaults.withIdleTimeout(Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class, () -> defaults.withStopTimeout(Duration.ofSeconds(-1)));
  }
}
