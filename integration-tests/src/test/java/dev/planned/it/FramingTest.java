package dev.planned.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planned.Dispatcher;
import dev.planned.it.RawConnection.RawResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Request bodies whose framing is broken, refused or not understood, over a raw socket on every
 * server: the answer comes at once, says {@code Connection: close}, the connection is really
 * closed, the bytes sent after the body are never answered as a request of their own, and the
 * server still answers a new connection.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FramingTest {
  /** Sent after every broken body: answered only if the server read it as a request. */
  private static final String SMUGGLED = "GET /v1/books/978-0 HTTP/1.1\r\nHost: x\r\n\r\n";

  /** How long a test waits for an answer that must come at once. */
  private static final Duration AT_ONCE = Duration.ofSeconds(3);

  @RegisterExtension
  static final EveryServer running =
      EveryServer.serving(() -> new Dispatcher[] {new Library(), new Authors()});

  static Stream<Arguments> brokenChunks() {
    return Stream.of(
        Arguments.of("zz", "zz\r\nabc\r\n0\r\n\r\n"),
        Arguments.of("-5", "-5\r\nabcde\r\n0\r\n\r\n"),
        Arguments.of("short chunk", "5\r\nabc\r\n0\r\n\r\n"),
        Arguments.of("trailing space", "3 \r\nabc\r\n0\r\n\r\n"),
        Arguments.of("0x3", "0x3\r\nabc\r\n0\r\n\r\n"),
        Arguments.of("18 digits", "FFFFFFFFFFFFFFFFFF\r\nabc\r\n0\r\n\r\n"));
  }

  static Stream<Arguments> brokenChunksOnEveryServer() {
    return brokenChunks()
        .flatMap(
            chunk ->
                Stream.of(Servers.values())
                    .map(server -> Arguments.of(server, chunk.get()[0], chunk.get()[1])));
  }

  /** An endpoint reading the body meets the broken chunk; nothing after it is read. */
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("brokenChunksOnEveryServer")
  void aBrokenChunkIsAnsweredAndTheConnectionClosed(Servers server, String name, String body) {
    try (RawConnection connection = connectWaitingAtOnce(server)) {
      connection.send(
          "PUT /v1/books/1 HTTP/1.1\r\nHost: x\r\n"
              + "Transfer-Encoding: chunked\r\n\r\n"
              + body
              + SMUGGLED);

      RawResponse answer = connection.read();

      assertEquals(400, answer.status(), answer.toString());
      assertClosedAfter(answer, connection);
    }
    assertStillServes(server);
  }

  /** A planned endpoint never reads the body; its 501 comes at once, and nothing is read after. */
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("brokenChunksOnEveryServer")
  void aPlannedEndpointAnswersWithoutReadingABrokenBody(Servers server, String name, String body) {
    try (RawConnection connection = connectWaitingAtOnce(server)) {
      connection.send(
          "POST /v1/loans HTTP/1.1\r\nHost: x\r\n"
              + "Transfer-Encoding: chunked\r\n\r\n"
              + body
              + SMUGGLED);

      RawResponse answer = connection.read();

      assertTrue(answer.status() == 501 || answer.status() == 400, answer.toString());
      assertClosedAfter(answer, connection);
    }
    assertStillServes(server);
  }

  @ParameterizedTest
  @EnumSource(Servers.class)
  void aSignedContentLengthIsRefused(Servers server) {
    try (RawConnection connection = connectWaitingAtOnce(server)) {
      connection.send(
          "PUT /v1/books/1 HTTP/1.1\r\nHost: x\r\n" + "Content-Length: +5\r\n\r\nabcde" + SMUGGLED);

      RawResponse answer = connection.read();

      assertEquals(400, answer.status(), answer.toString());
      assertClosedAfter(answer, connection);
    }
    assertStillServes(server);
  }

  /** The 413 comes before the body: the client need not send a megabyte to learn it. */
  @ParameterizedTest
  @EnumSource(Servers.class)
  void anAnnouncedBodyOverTheLimitIsRefusedAtOnce(Servers server) {
    try (RawConnection connection = connectWaitingAtOnce(server)) {
      connection.send(
          "PUT /v1/books/1 HTTP/1.1\r\nHost: x\r\n" + "Content-Length: 1048577\r\n\r\n");

      RawResponse answer = connection.read();

      assertEquals(413, answer.status(), answer.toString());
      assertProblem(answer, "larger than the limit of 1048576 bytes");
      sendWhatTomcatSwallows(server, connection, 1048577);
      assertClosedAfter(answer, connection);
    }
    assertStillServes(server);
  }

  static Stream<Arguments> continues() {
    // the JDK server sends 100 Continue before any handler runs; Tomcat too, by default
    // (its connector's continueResponseTiming is "immediately"); Jetty when the body is first read
    return Stream.of(
        Arguments.of(Servers.JDK, true),
        Arguments.of(Servers.JETTY, false),
        Arguments.of(Servers.TOMCAT, true));
  }

  /** RFC 9110 §10.1.1: a server may answer the final status instead of 100 Continue. */
  @ParameterizedTest(name = "{0}: 100 Continue first: {1}")
  @MethodSource("continues")
  void anExpectedBodyOverTheLimitIsRefusedInsteadOfContinued(
      Servers server, boolean serverContinues) {
    try (RawConnection connection = connectWaitingAtOnce(server)) {
      connection.send(
          "PUT /v1/books/1 HTTP/1.1\r\nHost: x\r\n"
              + "Content-Length: 1048577\r\nExpect: 100-continue\r\n\r\n");

      RawResponse answer = connection.read();
      if (serverContinues) {
        assertEquals(100, answer.status(), answer.toString());
        answer = connection.read();
      }

      assertEquals(413, answer.status(), answer.toString());
      assertClosedAfter(answer, connection);
    }
    assertStillServes(server);
  }

  @ParameterizedTest
  @EnumSource(Servers.class)
  void aPlannedEndpointAnswersBeforeTheBody(Servers server) {
    try (RawConnection connection = connectWaitingAtOnce(server)) {
      connection.send(
          "POST /v1/loans HTTP/1.1\r\nHost: x\r\n"
              + "Content-Type: application/json\r\nContent-Length: 5000\r\n\r\n{");

      RawResponse answer = connection.read();

      assertEquals(501, answer.status(), answer.toString());
      assertProblem(answer, "Loans are not open yet.");
      sendWhatTomcatSwallows(server, connection, 4999);
      assertClosedAfter(answer, connection);
    }
    assertStillServes(server);
  }

  /**
   * RFC 9112 §6.1: a transfer coding the server does not decode is answered 501, naming it. Jetty
   * passes these to Planned; the JDK server and Tomcat answer them with a 501 page of their own.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("transferCodings")
  void anUnknownTransferCodingIsNotImplemented(Servers server, String codings, String named) {
    try (RawConnection connection = connectWaitingAtOnce(server)) {
      connection.send(
          "PUT /v1/books/1 HTTP/1.1\r\nHost: x\r\n"
              + "Transfer-Encoding: "
              + codings
              + "\r\n\r\n3\r\nabc\r\n0\r\n\r\n"
              + SMUGGLED);

      RawResponse answer = connection.read();

      assertEquals(501, answer.status(), answer.toString());
      if (server == Servers.JETTY) {
        assertProblem(answer, "The transfer coding \\\"" + named + "\\\" is not supported");
      } else {
        assertTrue(answer.header("Content-Type").startsWith("text/html"), answer.toString());
      }
      assertClosedAfter(answer, connection);
    }
    assertStillServes(server);
  }

  static Stream<Arguments> transferCodings() {
    return Stream.of(Servers.values())
        .flatMap(
            server ->
                Stream.of(
                    Arguments.of(server, "gzip, chunked", "gzip"),
                    Arguments.of(server, "foo, chunked", "foo")));
  }

  /** RFC 9110 §15.5.16 and RFC 7694: the coding is refused, and the one accepted named. */
  @ParameterizedTest
  @EnumSource(Servers.class)
  void aContentCodingNotDecodedIsUnsupported(Servers server) {
    try (RawConnection connection = connectWaitingAtOnce(server)) {
      connection.send(
          "PUT /v1/books/1 HTTP/1.1\r\nHost: x\r\n"
              + "Content-Encoding: gzip\r\nContent-Length: 3\r\n\r\nabc");

      RawResponse answer = connection.read();

      assertEquals(415, answer.status(), answer.toString());
      assertEquals("identity", answer.header("Accept-Encoding"), answer.toString());
      assertProblem(answer, "The content coding \\\"gzip\\\" is not supported");
      assertClosedAfter(answer, connection);
    }
    assertStillServes(server);
  }

  @ParameterizedTest
  @EnumSource(Servers.class)
  void aContentCodingWithoutABodyIsNoReasonToRefuse(Servers server) {
    try (RawConnection connection = connectWaitingAtOnce(server)) {
      RawResponse answer =
          connection
              .send("GET /v1/books/978-0 HTTP/1.1\r\nHost: x\r\nContent-Encoding: gzip\r\n\r\n")
              .read();

      assertEquals(200, answer.status(), answer.toString());
      assertEquals("Dune", answer.body());
    }
  }

  /** A body that is not refused, left unread by the endpoint, keeps the connection. */
  @ParameterizedTest
  @EnumSource(Servers.class)
  void aSoundBodyLeftUnreadKeepsTheConnection(Servers server) {
    try (RawConnection connection = connectWaitingAtOnce(server)) {
      connection.send(
          "GET /v1/books/978-0 HTTP/1.1\r\nHost: x\r\n"
              + "Transfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"
              + SMUGGLED);

      RawResponse first = connection.read();
      RawResponse second = connection.read();

      assertEquals(200, first.status(), first.toString());
      assertTrue(!first.saysClose(), first.toString());
      assertEquals(200, second.status(), second.toString());
      assertEquals("Dune", second.body());
    }
  }

  /**
   * Ten clients that hold a connection mid-request (more than the threads the JDK server keeps) do
   * not stop another from being answered: a slow head, TLS sent to the plain port, a body cut
   * short.
   */
  @ParameterizedTest
  @EnumSource(Servers.class)
  void slowClientsDoNotStarveOthers(Servers server) throws InterruptedException {
    List<RawConnection> slow = new ArrayList<>();
    // Tomcat logs the first unparsable request head of the JVM (the TLS bytes) at INFO: kept off
    // the build's output, not asserted, since another test may have been first
    Logger tomcatParser = Logger.getLogger("org.apache.coyote.http11.Http11Processor");
    boolean parentHandlers = tomcatParser.getUseParentHandlers();
    tomcatParser.setUseParentHandlers(false);
    try {
      for (int i = 0; i < 10; i++) {
        RawConnection connection = RawConnection.open(running.get(server));
        slow.add(connection);
        switch (i % 3) {
          case 0 -> connection.send("GET /v1/books/978-0 HTTP/1.1\r\nHo");
          case 1 -> connection.send(TLS_CLIENT_HELLO);
          default ->
              connection.send(
                  "PUT /v1/books/1 HTTP/1.1\r\nHost: x\r\n" + "Content-Length: 100\r\n\r\nabc");
        }
      }
      Thread.sleep(300); // for the server to take them up; without it, the test proves less
      assertStillServes(server);
    } finally {
      slow.forEach(RawConnection::close);
      tomcatParser.setUseParentHandlers(parentHandlers);
    }
  }

  /** The start of a TLS 1.2 ClientHello: no line end in sight. */
  private static final byte[] TLS_CLIENT_HELLO = {
    0x16,
    0x03,
    0x01,
    0x00,
    (byte) 0xc8,
    0x01,
    0x00,
    0x00,
    (byte) 0xc4,
    0x03,
    0x03,
    0x5a,
    0x1c,
    0x7e,
    0x33,
    (byte) 0x90,
    0x41,
    0x0b,
    (byte) 0xee,
    0x12,
    0x7f,
    0x29
  };

  /**
   * Tomcat reads an unread body on (up to its connector's {@code maxSwallowSize}, 2 MiB) before
   * closing a connection, even after an answer that says {@code Connection: close}; the answer
   * comes at once all the same. Sends the rest of the body it waits for.
   */
  private static void sendWhatTomcatSwallows(Servers server, RawConnection connection, int bytes) {
    if (server == Servers.TOMCAT) {
      connection.send(new byte[bytes]);
    }
  }

  private static void assertProblem(RawResponse answer, String detail) {
    assertEquals("application/problem+json", answer.header("Content-Type"), answer.toString());
    assertTrue(answer.body().contains(detail), answer.body());
  }

  /** Says close, closes, and sends nothing more: the bytes after the body were not answered. */
  private static void assertClosedAfter(RawResponse answer, RawConnection connection) {
    assertTrue(answer.saysClose(), "Connection: close expected: " + answer);
    assertTrue(connection.isClosedByServer(), "the connection stayed open after " + answer);
  }

  /** A connection on which an answer that must come at once is waited for no longer. */
  private static RawConnection connectWaitingAtOnce(Servers server) {
    return RawConnection.open(running.get(server)).timeout(AT_ONCE);
  }

  private void assertStillServes(Servers server) {
    try (RawConnection fresh = RawConnection.open(running.get(server))) {
      RawResponse answer = fresh.send("GET /v1/books/978-0 HTTP/1.1\r\nHost: x\r\n\r\n").read();
      assertEquals(200, answer.status(), answer.toString());
      assertNotEquals(null, answer.body());
    }
  }
}
