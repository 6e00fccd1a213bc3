package dev.planned.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * A server started by {@link Servers} on a loopback ephemeral port, and the two ways tests talk to
 * it: {@code java.net.http.HttpClient}, and a raw socket ({@link RawConnection}) for what
 * HttpClient refuses to send.
 */
final class RunningServer implements AutoCloseable {
  /** Stops a server; the servers' own stop methods throw checked exceptions of their own kinds. */
  interface Stopper {
    void stop() throws Exception;
  }

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String name;
  private final int port;
  private final Stopper stopper;

  RunningServer(String name, int port, Stopper stopper) {
    this.name = name;
    this.port = port;
    this.stopper = stopper;
  }

  int port() {
    return port;
  }

  URI uri(String target) {
    return URI.create("http://127.0.0.1:" + port + target);
  }

  /** Sends a request with HttpClient; a null body sends none. */
  Answer send(String method, String target, Map<String, String> headers, byte[] body) {
    return send(
        method,
        target,
        headers,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
  }

  /** Sends a body without Content-Length (chunked), so that nothing announces its size. */
  Answer sendChunked(String method, String target, byte[] body) {
    return send(
        method,
        target,
        Map.of(),
        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
  }

  private Answer send(
      String method, String target, Map<String, String> headers, HttpRequest.BodyPublisher body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(target)).timeout(Duration.ofSeconds(10)).method(method, body);
    headers.forEach(request::header);
    try {
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Sends a request line (and nothing else of its own: Host and Connection: close are added) over a
   * raw socket, and returns everything the server wrote back until it closed the connection.
   */
  String sendRaw(String requestLine) {
    try (RawConnection connection = RawConnection.open(this)) {
      return connection
          .send(requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
          .readUntilClosed();
    }
  }

  @Override
  public void close() {
    try {
      stopper.stop();
    } catch (Exception e) {
      throw new IllegalStateException("Could not stop " + name, e);
    }
  }

  @Override
  public String toString() {
    return name + " on port " + port;
  }
}
