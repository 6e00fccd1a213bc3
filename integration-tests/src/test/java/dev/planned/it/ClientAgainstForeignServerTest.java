package dev.planned.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.planned.HttpException;
import dev.planned.NotImplementedException;
import dev.planned.Plan;
import dev.planned.Problem;
import dev.planned.client.ClientException;
import dev.planned.it.NotesApi.Note;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generated client against a server that is not Planned: a raw JDK {@code HttpHandler} that
 * answers whatever a test sets, as proxies and other stacks do (plain-text 501s, HTML 500s, empty
 * 502s, truncated or malformed bodies, answers that never come).
 */
class ClientAgainstForeignServerTest {
  /** What the foreign server does with an exchange. */
  private interface Behaviour {
    void answer(HttpExchange exchange) throws IOException, InterruptedException;
  }

  private final CountDownLatch release = new CountDownLatch(1);
  private volatile Behaviour behaviour;
  private HttpServer server;
  private URI base;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            exchange.getRequestBody().readAllBytes();
            behaviour.answer(exchange);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.stop(0);
  }

  private void answers(int status, String contentType, String body) {
    behaviour =
        exchange -> {
          byte[] bytes = body.getBytes(UTF_8);
          if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
          }
          exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
          exchange.getResponseBody().write(bytes);
        };
  }

  /** Answers only once the test is over: a server that hangs. */
  private void hangs() {
    behaviour =
        exchange -> {
          release.await();
          exchange.sendResponseHeaders(204, -1);
        };
  }

  /**
   * What the client puts on the wire for a {@code .} or {@code ..} value: escaped, so that no
   * server or proxy removes the segment as it normalises the path and routes the request elsewhere.
   */
  @Test
  void aDotSegmentGoesOnTheWireEscaped() {
    behaviour =
        exchange -> {
          byte[] target = exchange.getRequestURI().getRawPath().getBytes(UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
          exchange.sendResponseHeaders(200, target.length);
          exchange.getResponseBody().write(target);
        };
    NotesApiClient client = NotesApiClient.create(base);

    assertAll(
        () -> assertEquals("/notes-api/segments/%2E", client.segment(".")),
        () -> assertEquals("/notes-api/segments/%2E%2E", client.segment("..")),
        () -> assertEquals("/notes-api/files/a/%2E%2E/%2E/b", client.file("a/.././b")),
        () -> assertEquals("/notes-api/segments/...", client.segment("...")),
        () -> assertEquals("/notes-api/segments/.a", client.segment(".a")));
  }

  @Test
  void aPlainText501IsNotImplementedWithTheTextAsItsMessage() {
    answers(501, "text/plain", "Not implemented here.\n");

    NotImplementedException e =
        assertThrows(NotImplementedException.class, () -> NotesApiClient.create(base).share(7));

    assertEquals(new Plan("Not implemented here.", "", "", ""), e.plan());
    assertEquals(501, e.status());
  }

  @Test
  void anHtml500IsHttpExceptionWithACutExcerpt() {
    String page =
        "<html><head><title>500 Internal Server Error</title></head><body>"
            + "x".repeat(500)
            + "</body></html>";
    answers(500, "text/html", page);

    HttpException e =
        assertThrows(HttpException.class, () -> NotesApiClient.create(base).segment("a"));

    assertEquals(500, e.status());
    assertEquals(Problem.echo(page), e.detail());
    assertEquals(Problem.MAX_ECHO_LENGTH + 1, e.detail().length(), "cut, with its mark");
  }

  @Test
  void anEmpty502IsHttpExceptionWithItsStatusAlone() {
    answers(502, null, "");

    HttpException e = assertThrows(HttpException.class, () -> NotesApiClient.create(base).notes());

    assertEquals(502, e.status());
    assertEquals("", e.detail());
    assertEquals("502 Bad Gateway", e.getMessage());
  }

  @Test
  void aProblemKeepsEveryMember() {
    // RFC 9457's own example, section 3
    answers(
        403,
        "application/problem+json",
        "{\"type\":\"https://example.com/probs/out-of-credit\","
            + "\"title\":\"You do not have enough credit.\",\"status\":403,"
            + "\"detail\":\"Your current balance is 30, but that costs 50.\","
            + "\"instance\":\"/account/12345/msgs/abc\",\"balance\":30,"
            + "\"accounts\":[\"/account/12345\", \"/account/67890\"]}");

    HttpException e = assertThrows(HttpException.class, () -> NotesApiClient.create(base).note(1));

    Problem problem = e.toProblem();
    assertAll(
        () -> assertEquals(403, e.status()),
        () -> assertEquals("https://example.com/probs/out-of-credit", problem.type()),
        () -> assertEquals("You do not have enough credit.", problem.title()),
        () -> assertEquals("Your current balance is 30, but that costs 50.", e.detail()),
        () -> assertEquals("/account/12345/msgs/abc", problem.instance()),
        () ->
            assertEquals(
                Map.of("balance", "30", "accounts", "[\"/account/12345\", \"/account/67890\"]"),
                problem.extensions()));
  }

  @Test
  void aProblemThatIsNotJsonIsReadAsAnyOtherBody() {
    answers(409, "application/problem+json", "{\"detail\": oops");

    HttpException e = assertThrows(HttpException.class, () -> NotesApiClient.create(base).notes());

    assertEquals(409, e.status());
    assertEquals("{\"detail\": oops", e.detail());
  }

  @Test
  void aMalformedJsonSuccessNamesTheMethodAndThePosition() {
    answers(200, "application/json", "{\"text\":\"x\",\"stars\":}");

    ClientException e =
        assertThrows(ClientException.class, () -> NotesApiClient.create(base).requiredNote(1));

    assertEquals(ClientException.Failure.MALFORMED_ANSWER, e.failure());
    assertTrue(
        e.getMessage().startsWith("The answer to requiredNote() is not the JSON it" + " returns: "),
        e.getMessage());
    assertTrue(e.getMessage().contains("line 1, column 21"), e.getMessage());
  }

  @Test
  void aTruncatedBodyIsAConnectionFailure() {
    behaviour =
        exchange -> {
          exchange.sendResponseHeaders(200, 100);
          OutputStream body = exchange.getResponseBody();
          body.write("only ten b".getBytes(UTF_8));
          body.flush(); // then the exchange closes short of its length, and the connection with it
        };

    ClientException e =
        assertThrows(ClientException.class, () -> NotesApiClient.create(base).segment("a"));

    assertEquals(ClientException.Failure.CONNECTION, e.failure());
  }

  @Test
  void aRedirectIsAnUnexpectedStatus() {
    behaviour =
        exchange -> {
          exchange.getResponseHeaders().set("Location", "/elsewhere");
          exchange.sendResponseHeaders(302, -1);
        };

    ClientException e =
        assertThrows(ClientException.class, () -> NotesApiClient.create(base).notes());

    assertEquals(ClientException.Failure.UNEXPECTED_STATUS, e.failure());
    assertEquals("notes() got status 302, which the client does not map", e.getMessage());
  }

  @Test
  void noAnswerInTimeIsATimeout() {
    hangs();
    NotesApiClient client = NotesApiClient.builder(base).timeout(Duration.ofMillis(200)).build();

    ClientException e = assertThrows(ClientException.class, () -> client.notes());

    assertEquals(ClientException.Failure.TIMEOUT, e.failure());
  }

  @Test
  void aRefusedConnectionIsAConnectionFailure() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    NotesApiClient client = NotesApiClient.create(URI.create("http://127.0.0.1:" + closedPort));

    ClientException e = assertThrows(ClientException.class, () -> client.notes());

    assertEquals(ClientException.Failure.CONNECTION, e.failure());
  }

  @Test
  void anInterruptedCallerStopsWaitingAndKeepsItsInterrupt() {
    hangs();
    NotesApiClient client = NotesApiClient.create(base);

    Thread.currentThread().interrupt();
    ClientException e = assertThrows(ClientException.class, () -> client.notes());

    assertTrue(Thread.interrupted(), "the interrupt is set again (and cleared here)");
    assertEquals(ClientException.Failure.INTERRUPTED, e.failure());
  }

  @Test
  void anAsyncCallReturnsBeforeItsAnswer() throws Exception {
    CountDownLatch answered = new CountDownLatch(1);
    behaviour =
        exchange -> {
          release.await();
          byte[] json = "{\"text\":\"late\",\"stars\":1}".getBytes(UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, json.length);
          exchange.getResponseBody().write(json);
          answered.countDown();
        };

    CompletableFuture<Note> later = NotesApiClient.create(base).later("late").toCompletableFuture();

    assertFalse(later.isDone(), "the call returned while the server still held its answer");
    release.countDown();
    assertEquals(new Note("late", 1), later.get(10, TimeUnit.SECONDS));
    assertTrue(answered.await(10, TimeUnit.SECONDS));
  }

  @Test
  void anAsyncConnectionFailureCompletesTheStage() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    CompletableFuture<Note> later =
        NotesApiClient.create(URI.create("http://127.0.0.1:" + closedPort))
            .later("x")
            .toCompletableFuture();

    ExecutionException e =
        assertThrows(ExecutionException.class, () -> later.get(10, TimeUnit.SECONDS));
    ClientException failure = assertInstanceOf(ClientException.class, e.getCause());
    assertEquals(ClientException.Failure.CONNECTION, failure.failure());
  }
}
