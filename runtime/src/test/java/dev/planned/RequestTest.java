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
    InputStream source = new ByteArrayInputStream("hi".getBytes(StandardCharsets.UTF_8)) {
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
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("connection reset");
      }
    };
    HttpException e = assertThrows(HttpException.class,
        () -> Request.of("POST", "/x").withBody(broken).body());

    assertEquals(400, e.status());
  }
}
