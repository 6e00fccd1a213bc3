package dev.planned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplyTest {
  @Test
  void createdCarries201AndTheLocationAsGiven() {
    Reply<String> reply = Reply.created(URI.create("/api/users/7"), "ada");

    assertEquals(201, reply.status());
    assertEquals("ada", reply.body());
    assertEquals(Optional.of("/api/users/7"), reply.header("location"));
  }

  @Test
  void aNonAsciiLocationIsSentPercentEncoded() {
    assertEquals(
        Optional.of("/users/J%C3%BCrgen"),
        Reply.created(URI.create("/users/Jürgen"), "j").header("Location"));
  }

  @Test
  void okAndAcceptedAndStatus() {
    assertEquals(200, Reply.ok(1).status());
    assertEquals(202, Reply.accepted(1).status());
    assertEquals(203, Reply.status(203, 1).status());
  }

  @Test
  void statusIsASuccessThatCarriesABody() {
    for (int status : List.of(100, 199, 204, 205, 300, 304, 404, 500, 600)) {
      assertThrows(
          IllegalArgumentException.class, () -> Reply.status(status, "body"), "status " + status);
    }
  }

  @Test
  void theBodyIsRequired() {
    assertThrows(NullPointerException.class, () -> Reply.ok(null));
  }

  @Test
  void headersAreCopiedNeverShared() {
    Reply<String> plain = Reply.ok("x");
    Reply<String> twice = plain.withHeader("X-Shelf", "a").withHeader("x-shelf", "b");

    assertEquals(Map.of(), plain.headers());
    assertEquals(List.of("a", "b"), twice.headers().get("X-SHELF"));
    assertEquals(List.of("c"), twice.withHeaderSet("X-Shelf", "c").headers().get("X-Shelf"));
    assertThrows(UnsupportedOperationException.class, () -> twice.headers().clear());
  }

  @Test
  void eTagIsQuotedAndCacheControlSet() {
    Reply<String> reply = Reply.ok("x").withETag("v7").withCacheControl("max-age=60");

    assertEquals(Optional.of("\"v7\""), reply.header("ETag"));
    assertEquals(Optional.of("max-age=60"), reply.header("Cache-Control"));
  }

  @Test
  void anEntityTagCannotCarryQuotesSpacesOrControls() {
    for (String value : List.of("a\"b", "a b", "a\tb", "a\u007fb", "a\u0100b")) {
      assertThrows(IllegalArgumentException.class, () -> Reply.ok("x").withETag(value), value);
    }
  }

  @Test
  void headersAreCheckedAsResponseChecksThem() {
    assertThrows(
        IllegalArgumentException.class, () -> Reply.ok("x").withHeader("X", "a\r\nSet-Cookie: b"));
    assertThrows(IllegalArgumentException.class, () -> Reply.ok("x").withHeader("X", "a\nb"));
    assertThrows(IllegalArgumentException.class, () -> Reply.ok("x").withHeader("Bad Name", "a"));
    assertThrows(
        IllegalArgumentException.class, () -> Reply.ok("x").withCacheControl("max-age=1\r\nX: y"));
  }

  @Test
  void headersTheBodyOrTheServerDecideAreRefused() {
    for (String name : List.of("Content-Type", "content-length", "Transfer-Encoding")) {
      assertThrows(IllegalArgumentException.class, () -> Reply.ok("x").withHeader(name, "1"), name);
    }
  }
}
