package dev.planned.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A connection stays open after each kind of answer to a request without a body, so that a client's
 * next request on it is answered: what every keep-alive client (a connection pool) relies on. The
 * JDK server closes a connection whose request body it has not seen end, so the adapter must read
 * even an empty one to its end (bench/soak.sh found every JDK connection closed). Tomcat closes
 * after any 501, and says so with {@code Connection: close}.
 */
class KeepAliveTest {
  /**
   * Each kind of answer on each server, but Tomcat's 501: Tomcat closes after it ({@link
   * #tomcatClosesAfterA501AndSaysSo}).
   */
  static Stream<Arguments> answers() {
    return Stream.of(Servers.values())
        .flatMap(
            server ->
                Stream.of(
                        Arguments.of(server, "GET", "/v1/books/new", 200),
                        Arguments.of(server, "GET", "/nowhere", 404),
                        Arguments.of(server, "POST", "/v1/books/new", 405),
                        Arguments.of(server, "PATCH", "/v1/books/1", 501))
                    .filter(answer -> server != Servers.TOMCAT || !answer.get()[3].equals(501)));
  }

  @ParameterizedTest
  @MethodSource("answers")
  void theConnectionIsReusedAfterTheAnswer(Servers kind, String method, String target, int status) {
    try (RunningServer server = kind.start(new Library());
        RawConnection connection = RawConnection.open(server)) {
      connection.send(method + " " + target + " HTTP/1.1\r\nHost: x\r\n\r\n");
      RawConnection.RawResponse answer = connection.read(method);
      assertEquals(status, answer.status());
      assertEquals(List.of(), answer.headers().getOrDefault("connection", List.of()));
      connection.timeout(Duration.ofMillis(300));
      assertFalse(connection.isClosedByServer(), "kept open after the " + status);
      connection.timeout(RawConnection.DEFAULT_TIMEOUT);

      connection.send("GET /v1/books/new HTTP/1.1\r\nHost: x\r\n\r\n");

      assertEquals(200, connection.read().status(), "the next request on it is answered");
    }
  }

  @Test
  void tomcatClosesAfterA501AndSaysSo() {
    try (RunningServer server = Servers.TOMCAT.start(new Library());
        RawConnection connection = RawConnection.open(server)) {
      connection.send("PATCH /v1/books/1 HTTP/1.1\r\nHost: x\r\n\r\n");
      RawConnection.RawResponse answer = connection.read("PATCH");

      assertEquals(501, answer.status());
      assertEquals(List.of("close"), answer.headers().get("connection"));
      assertTrue(connection.isClosedByServer());
    }
  }
}
