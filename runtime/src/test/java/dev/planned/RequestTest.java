package dev.planned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class RequestTest {
  @Test
  void splitsTargetIntoRawPathAndQuery() {
    Request request = Request.get("/v1/books/a%20b?limit=2&q=x+y");

    assertEquals("GET", request.method());
    assertEquals("/v1/books/a%20b", request.path());
    assertEquals("limit=2&q=x+y", request.query());
    assertEquals(Optional.of("x y"), request.queryParameter("q"));
    assertEquals("/v1/books/a%20b?limit=2&q=x+y", request.target());
  }

  @Test
  void headersAreCaseInsensitiveInOrder() {
    Request request = Request.of("POST", "/x").withHeader("Accept", "a").withHeader("ACCEPT", "b");

    assertEquals(List.of("a", "b"), request.headers("accept"));
    assertEquals(Optional.of("a"), request.header("Accept"));
    assertEquals(Optional.empty(), request.header("Content-Type"));
  }

  @Test
  void bodyIsReadOnlyWhenAskedFor() {
    AtomicBoolean read = new AtomicBoolean();
    InputStream source =
        new ByteArrayInputStream("hi".getBytes(StandardCharsets.UTF_8)) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            read.set(true);
            return super.read(b, off, len);
          }
        };
    Request request = Request.of("POST", "/x").withBody(source);

    assertFalse(read.get());
    assertEquals("hi", request.bodyText());
    assertEquals("hi", new String(request.body(), StandardCharsets.UTF_8), "read once, kept");
  }

  @Test
  void bodyCutShortIsA400() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }
        };
    HttpException e =
        assertThrows(HttpException.class, () -> Request.of("POST", "/x").withBody(broken).body());

    assertEquals(400, e.status());
  }

  @Test
  void announcedBodyOverTheLimitIs413WithoutReadingIt() {
    InputStream unread =
        new InputStream() {
          @Override
          public int read() {
            throw new AssertionError("the body must not be read");
          }
        };
    Request request =
        Request.of("POST", "/x")
            .withHeader("Content-Length", "11")
            .withMaxBodySize(10)
            .withBody(unread);

    HttpException e = assertThrows(HttpException.class, request::body);
    assertEquals(413, e.status());
    assertEquals("The request body is larger than the limit of 10 bytes.", e.detail());
  }

  @Test
  void bodyOverTheLimitWithoutContentLengthIs413() {
    Request request =
        Request.of("POST", "/x").withMaxBodySize(3).withBody(new ByteArrayInputStream(new byte[4]));

    assertEquals(413, assertThrows(HttpException.class, request::bodyText).status());
  }

  @Test
  void bodyAtTheLimitIsRead() {
    Request request =
        Request.of("POST", "/x")
            .withMaxBodySize(3)
            .withBody(new ByteArrayInputStream(new byte[] {'a', 'b', 'c'}));

    assertEquals("abc", request.bodyText());
  }

  @Test
  void streamedBodyFailsOnceItPassesTheLimit() throws IOException {
    InputStream stream =
        Request.of("POST", "/x")
            .withMaxBodySize(3)
            .withBody(new ByteArrayInputStream(new byte[5]))
            .bodyStream();

    assertEquals(3, stream.readNBytes(3).length);
    assertEquals(413, assertThrows(HttpException.class, stream::read).status());
  }

  @Test
  void malformedContentLengthIs400() {
    Request request =
        Request.of("POST", "/x")
            .withHeader("Content-Length", "ten")
            .withBody(new ByteArrayInputStream(new byte[0]));

    assertEquals(400, assertThrows(HttpException.class, request::body).status());
  }
}
