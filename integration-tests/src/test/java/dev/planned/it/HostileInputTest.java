package dev.planned.it;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.planned.it.RawConnection.ConnectionClosed;
import dev.planned.it.RawConnection.NoStatusLine;
import dev.planned.it.RawConnection.RawResponse;
import dev.planned.it.RawConnection.SilentServer;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed and hostile requests over raw sockets, on every server: the table of {@link
 * HostileRequests}. Each case sends its bytes on a fresh connection and asserts, as one {@link
 * Outcome}, the answer (status, and whether Planned or the server wrote it), that nothing was
 * smuggled, and whether the connection was kept or closed (RFC 9112: closed after any framing
 * error); then that the server still answers a fresh connection.
 *
 * <p>Where a server's own parser is at fault (Planned never sees the request, or sees it already
 * misread), the case asserts what it does, and the README says so.
 *
 * <p>The README's "Server differences" table mirrors the table of cases: change both together. Run
 * with {@code -Dhostile.measure=true} to print what each server does instead of asserting.
 */
class HostileInputTest extends HostileInputOnEveryServer {
  /** Every correct answer comes at once on loopback; this only bounds a case that gets none. */
  private static final Duration ANSWER_TIMEOUT = Duration.ofMillis(1500);

  private static final boolean MEASURE = Boolean.getBoolean("hostile.measure");

  @AfterAll
  void printWhatWasLogged() {
    if (MEASURE) {
      logs.records()
          .forEach(
              record ->
                  System.out.printf(
                      "LOGGED | %s | %s | %s%n",
                      record.getLoggerName(), record.getLevel(), record.getMessage()));
    }
  }

  static Stream<Arguments> cases() {
    return HostileRequests.all().stream()
        .flatMap(kase -> Stream.of(Servers.values()).map(server -> Arguments.of(server, kase)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void hostileRequest(Servers server, HostileCase kase) {
    RunningServer target = running.get(server);

    Observed observed = observe(target, kase.request());

    if (MEASURE) {
      System.out.printf("MEASURED | %-6s | %-55s | %s%n", server, kase, observed.outcome());
      return;
    }
    assertEquals(
        String.valueOf(kase.expected(server)),
        observed.outcome().toString(),
        () -> "first answer: " + observed.first());
    if (observed.outcome().by().equals("problem")) {
      String body = observed.first().body();
      assertFalse(
          body.contains("Exception") || body.contains("java."),
          "a problem names no Java class: " + body);
    }
    assertStillAnswers(target);
  }

  /**
   * Sends the request (from another thread, since a server may stop reading it), reads the first
   * answer, then sends {@link HostileRequests#NEXT} and sees what becomes of it.
   */
  static Observed observe(RunningServer server, String request) {
    try (RawConnection connection = RawConnection.open(server).timeout(ANSWER_TIMEOUT)) {
      connection.sendInBackground(request);
      RawResponse first;
      String interim = "";
      try {
        first = connection.read(method(request));
        while (first.status() == 100) {
          interim = "100+";
          first = connection.read(method(request));
        }
      } catch (SilentServer e) {
        return new Observed(Outcome.parse("silent"), null);
      } catch (ConnectionClosed | UncheckedIOException e) {
        return new Observed(Outcome.parse("none drops"), null);
      } catch (NoStatusLine e) {
        // an HTTP/0.9 answer ends with the connection
        return new Observed(
            new Outcome("0.9", e.text().startsWith("file:") ? "endpoint" : "page", "drops"), null);
      }
      return new Observed(
          new Outcome(interim + first.status(), writer(first), after(connection, first)), first);
    }
  }

  /** What became of the connection after the first answer, told by sending one more request. */
  private static String after(RawConnection connection, RawResponse first) {
    if (first.body().contains("file:smuggled")) {
      return "smuggles"; // the smuggled request was answered instead of the first
    }
    String closed = first.saysClose() ? "closes" : "drops";
    try {
      connection.send(HostileRequests.NEXT);
      RawResponse next = connection.read();
      if (next.body().contains("file:smuggled")) {
        return "smuggles";
      }
      if (!next.body().equals("file:next")) {
        return "desyncs";
      }
      return first.saysClose() ? "says-close-but-keeps" : "keeps";
    } catch (ConnectionClosed | UncheckedIOException e) {
      return closed;
    } catch (SilentServer e) {
      return first.saysClose() ? "lingers" : "stalls";
    }
  }

  /** Planned's problem, an endpoint's text, or the server's own page. */
  private static String writer(RawResponse answer) {
    String type = String.valueOf(answer.header("Content-Type")).toLowerCase(Locale.ROOT);
    if (type.contains("application/problem+json")) {
      return "problem";
    }
    return type.startsWith("text/plain") ? "endpoint" : "page";
  }

  private static String method(String request) {
    int space = request.indexOf(' ');
    return space < 0 ? "GET" : request.substring(0, space);
  }

  /** A fresh connection is answered as ever: the case broke nothing for other clients. */
  static void assertStillAnswers(RunningServer server) {
    try (RawConnection fresh = RawConnection.open(server)) {
      RawResponse answer = fresh.send("GET /v1/files/fresh HTTP/1.1\r\nHost: x\r\n\r\n").read();
      assertEquals(200, answer.status(), answer::toString);
      assertEquals("file:fresh", answer.body());
    }
  }

  /**
   * The table accepts a second request answered out of a first one's bytes, or a connection left
   * out of step, only where a server's own parser reads the request so (RFC 9112 allows folding a
   * header line; the JDK server skips chunk extensions unread): never for Planned's doing.
   */
  @Test
  void smugglingIsAcceptedOnlyWhereAServerParsesSo() {
    List<String> accepted =
        HostileRequests.all().stream()
            .flatMap(
                kase ->
                    Stream.of(Servers.values())
                        .filter(
                            server ->
                                List.of("smuggles", "desyncs", "stalls")
                                    .contains(kase.expected(server).after()))
                        .map(server -> server + ": " + kase.name()))
            .sorted()
            .toList();

    assertEquals(
        List.of(
            "JDK: TE folded onto a previous header",
            "JDK: a bare CR ending a header line",
            "JDK: unclosed quoted chunk extension",
            "TOMCAT: TE folded onto a previous header"),
        accepted);
  }

  @ParameterizedTest
  @EnumSource(Servers.class)
  void aHeadSentByteByByteIsAnswered(Servers server) throws InterruptedException {
    try (RawConnection slow = RawConnection.open(running.get(server))) {
      for (byte b : "GET /v1/files/slow HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(ISO_8859_1)) {
        slow.send(new byte[] {b});
        Thread.sleep(2);
      }
      RawResponse answer = slow.read();

      assertEquals(200, answer.status());
      assertEquals("file:slow", answer.body());
    }
  }

  @ParameterizedTest
  @EnumSource(Servers.class)
  void aBodySentInPiecesIsReadWhole(Servers server) throws InterruptedException {
    try (RawConnection slow = RawConnection.open(running.get(server))) {
      slow.send("POST /probe/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n");
      for (char c : "abcdefghij".toCharArray()) {
        Thread.sleep(20);
        slow.send(String.valueOf(c));
      }
      RawResponse answer = slow.read();

      assertEquals(200, answer.status());
      assertEquals("echo:abcdefghij", answer.body());
    }
  }

  /** Clients stalled mid-head and mid-body hold their own connections, not everyone's. */
  @ParameterizedTest
  @EnumSource(Servers.class)
  void stalledClientsDoNotStopOthers(Servers server) {
    RunningServer target = running.get(server);
    try (RawConnection midHead = RawConnection.open(target);
        RawConnection midBody = RawConnection.open(target)) {
      midHead.send("GET /v1/files/stalled HTTP/1.1\r\nHo");
      midBody.send("POST /probe/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc");

      assertStillAnswers(target);
    }
  }

  /**
   * Clients that leave early (mid-head, mid-body, before reading the answer, or with a reset), more
   * of them than the JDK server's 4 threads: each frees what it held, and others are answered.
   */
  @ParameterizedTest
  @EnumSource(Servers.class)
  void earlyDisconnectsFreeWhatTheyHeld(Servers server) {
    RunningServer target = running.get(server);
    for (int i = 0; i < 3; i++) {
      try (RawConnection leaving = RawConnection.open(target)) {
        leaving.send("GET /v1/files/gone HTTP/1.1\r\nHo");
      }
      try (RawConnection leaving = RawConnection.open(target)) {
        leaving.send("POST /probe/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc");
      }
      try (RawConnection leaving = RawConnection.open(target)) {
        leaving.send("GET /v1/files/" + "a".repeat(1000) + " HTTP/1.1\r\nHost: x\r\n\r\n");
      }
      try (RawConnection leaving = RawConnection.open(target)) {
        leaving
            .send("POST /probe/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc")
            .reset();
      }
    }

    for (int i = 0; i < 8; i++) {
      assertStillAnswers(target);
    }
  }

  /** An outcome and the first answer it began with (null if there was none). */
  record Observed(Outcome outcome, RawResponse first) {}
}
