package dev.planned.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.planned.jdk.JdkHttpServers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The semantics over real HTTP: the JDK's HttpServer on a loopback ephemeral port. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdkHttpServerLibraryTest extends LibrarySemanticsContract {
  private HttpServer server;
  private ExecutorService executor;
  private HttpClient client;
  private URI base;

  @BeforeAll
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    executor = Executors.newFixedThreadPool(4);
    server.setExecutor(executor);
    server.createContext("/", JdkHttpServers.handler(new Library()));
    server.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  void stop() {
    server.stop(0);
    executor.shutdownNow();
  }

  @Override
  Answer send(String method, String target, Map<String, String> headers, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(target))
        .timeout(Duration.ofSeconds(10))
        .method(method, body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    try {
      HttpResponse<String> response = client.send(request.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** What the server sends back for raw bytes that HttpClient refuses to send. */
  private String sendRaw(String requestHead) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getAddress().getPort())) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write((requestHead + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void optionsStarIsAnsweredByTheJdkServerItself() throws IOException {
    // A known limit of com.sun.net.httpserver, documented in the README: its contexts match
    // paths beginning with "/", so no handler ever sees the target "*".
    String response = sendRaw("OPTIONS * HTTP/1.1");

    assertTrue(response.startsWith("HTTP/1.1 404"), response);
  }

  @Test
  void methodThatIsNotATokenAnswers400() throws IOException {
    String response = sendRaw("G(T /v1/books/978-0 HTTP/1.1");

    assertTrue(response.startsWith("HTTP/1.1 400"), response);
    assertTrue(response.endsWith("\"detail\":\"The request method \\\"G(T\\\" is not a valid HTTP"
        + " token.\"}"), response);
  }

  @Test
  void headAnswerDeclaresNoBody() throws IOException {
    String response = sendRaw("HEAD /v1/books/978-0 HTTP/1.1");

    assertTrue(response.startsWith("HTTP/1.1 200"), response);
    assertTrue(response.endsWith("\r\n\r\n"), "no body after the headers: " + response);
  }

  @Test
  void malformedPathTheJdkServerCannotParseGetsAnAnswer() throws IOException {
    // "%zz" is not even a URI: the JDK server refuses it before any handler runs
    String response = sendRaw("GET /v1/books/%zz HTTP/1.1");

    assertEquals("HTTP/1.1 400", response.substring(0, 12), response);
  }
}
