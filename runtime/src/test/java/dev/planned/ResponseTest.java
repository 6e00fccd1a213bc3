package dev.planned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResponseTest {
  @Test
  void okIsUtf8Text() {
    Response response = Response.ok("héllo");

    assertEquals(200, response.status());
    assertEquals(Optional.of("text/plain; charset=utf-8"), response.header("Content-Type"));
    assertEquals(6, response.bodyLength());
    assertEquals("héllo", response.bodyText());
  }

  @Test
  void headersAreCaseInsensitiveAndKeepEveryValue() {
    Response response =
        Response.noContent().withHeader("Vary", "Accept").withHeader("vary", "Origin");

    assertEquals(List.of("Accept", "Origin"), response.headers("VARY"));
    assertEquals(List.of("x"), response.withHeaderSet("VARY", "x").headers("Vary"));
  }

  @Test
  void isImmutable() {
    Response original = Response.status(202);
    original.withHeader("A", "1");
    byte[] body = {1, 2};
    Response withBody = original.withBody(body, "application/octet-stream");
    body[0] = 9;
    withBody.body()[1] = 9;

    assertEquals(Optional.empty(), original.header("A"));
    assertEquals(List.of((byte) 1, (byte) 2), List.of(withBody.body()[0], withBody.body()[1]));
  }

  @Test
  void refusesHeaderInjectionAndBadNamesAndStatuses() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Response.noContent().withHeader("X", "a\r\nSet-Cookie: b"));
    assertThrows(
        IllegalArgumentException.class, () -> Response.noContent().withHeader("Bad Name", "a"));
    assertThrows(IllegalArgumentException.class, () -> Response.status(99));
    assertThrows(IllegalArgumentException.class, () -> Response.status(600));
  }

  @Test
  void withoutBodyKeepsStatusAndHeaders() {
    Response head = Response.ok("abc").withoutBody();

    assertEquals(200, head.status());
    assertEquals(0, head.bodyLength());
    assertEquals(Optional.of("text/plain; charset=utf-8"), head.header("Content-Type"));
  }
}
