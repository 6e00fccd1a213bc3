package dev.planned.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planned.it.RawConnection.ConnectionClosed;
import dev.planned.it.RawConnection.NoStatusLine;
import dev.planned.it.RawConnection.RawResponse;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * What the servers' own parsers do with hostile input before Planned sees it, beyond the outcome
 * table of {@link HostileInputTest}: what reaches the endpoint, and what the servers' own error
 * pages show. The README's "Server differences" table states each of these.
 */
class ServerOwnParsingTest extends HostileInputOnEveryServer {
  private RawResponse send(Servers server, String request) {
    try (RawConnection connection = RawConnection.open(running.get(server))) {
      return connection.send(request).read();
    }
  }

  /** The JDK server ends a header line at a bare CR: a header value can inject another header. */
  @Test
  void aBareCrInjectsAHeaderOnTheJdkServerOnly() {
    String request =
        "GET /probe/headers HTTP/1.1\r\nHost: x\r\n"
            + "X-Probe: a\rContent-Type: text/evil\r\n\r\n";

    RawResponse jdk = send(Servers.JDK, request);
    assertEquals("headers:X-Probe=[a];Content-Type=[text/evil]", jdk.body());
    assertEquals(400, send(Servers.JETTY, request).status());
    assertEquals(400, send(Servers.TOMCAT, request).status());
  }

  /** The JDK server serves any version it can read as HTTP/x.y, and several Hosts. */
  @Test
  void theJdkServerServesAnyVersionAndAnyNumberOfHosts() {
    assertEquals(
        "file:ok", send(Servers.JDK, "GET /v1/files/ok HTTP/9.9\r\nHost: x\r\n\r\n").body());
    assertEquals("file:ok", send(Servers.JDK, "GET /v1/files/ok HTTP/1.1\r\n\r\n").body());
    assertEquals(
        "file:ok",
        send(Servers.JDK, "GET /v1/files/ok HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n").body());
  }

  /** The JDK server's own 400 page names a Java exception; Planned cannot reword it. */
  @Test
  void theJdkServersOwnPageNamesAJavaException() {
    RawResponse answer = send(Servers.JDK, "GET /v1/files/o\0k HTTP/1.1\r\nHost: x\r\n\r\n");

    assertEquals(400, answer.status());
    assertEquals("<h1>400 Bad Request</h1>URISyntaxException thrown", answer.body());
  }

  /**
   * Tomcat's default error pages (its ErrorReportValve) show its version, the parser's message with
   * the offending input, and a stack trace of its own classes.
   */
  @Test
  void tomcatsOwnPagesShowItsVersionAndAStackTrace() {
    RawResponse answer = send(Servers.TOMCAT, "GET /v1/files/ok HTTX/1.1\r\nHost: x\r\n\r\n");

    assertEquals(400, answer.status());
    assertTrue(answer.body().contains("Apache Tomcat/11.0"), answer.body());
    assertTrue(answer.body().contains("org.apache.coyote.http11.Http11InputBuffer"), answer.body());
    assertTrue(answer.body().contains("HTTX"), answer.body());
  }

  /** Jetty's own pages say what was wrong without Java names; its Server header, its version. */
  @Test
  void jettysOwnPagesNameNoJavaClass() {
    RawResponse answer = send(Servers.JETTY, "GET /v1/files/o\0k HTTP/1.1\r\nHost: x\r\n\r\n");

    assertEquals(400, answer.status());
    assertTrue(answer.body().contains("Illegal character CNTL=0x0"), answer.body());
    assertFalse(
        answer.body().contains("Exception") || answer.body().contains("org.eclipse"),
        answer.body());
    assertTrue(answer.header("Server").startsWith("Jetty(12."), answer.header("Server"));
  }

  /**
   * Tomcat closes the connection after every 501 (as after a 400, 413 or 500), whoever wrote it: a
   * client calling a planned endpoint opens a new connection for each answer. The other servers
   * keep it.
   */
  @Test
  void tomcatClosesTheConnectionAfterEvery501() {
    for (Servers server : Servers.values()) {
      try (RawConnection connection = RawConnection.open(running.get(server))) {
        RawResponse planned =
            connection
                .send("POST /v1/loans HTTP/1.1\r\nHost: x\r\n" + "Content-Length: 0\r\n\r\n")
                .read();

        assertEquals(501, planned.status());
        assertEquals(server == Servers.TOMCAT, planned.saysClose(), server.name());
        assertEquals(server != Servers.TOMCAT, answersNext(connection), server.name());
      }
    }
  }

  /**
   * Tomcat closes a keep-alive connection after 100 requests (maxKeepAliveRequests); the JDK server
   * and Jetty have no such limit.
   */
  @Test
  void tomcatClosesAKeepAliveConnectionAfter100Requests() {
    for (Servers server : Servers.values()) {
      try (RawConnection connection = RawConnection.open(running.get(server))) {
        int answered = 0;
        boolean closing = false;
        while (!closing && answered < 200) {
          closing = connection.send(HostileRequests.NEXT).read().saysClose();
          answered++;
        }

        assertEquals(server == Servers.TOMCAT ? 100 : 200, answered, server.name());
      }
    }
  }

  /**
   * After an HTTP/0.9 request (a request line without a version), Tomcat answers the next bad
   * request, on another connection, without a status line as well: the request processor it
   * recycles keeps the version.
   */
  @Test
  void tomcatAnswersABadRequestAsHttp09AfterAnHttp09Request() {
    RunningServer tomcat = running.get(Servers.TOMCAT);
    try (RawConnection old = RawConnection.open(tomcat)) {
      NoStatusLine answer =
          assertThrows(NoStatusLine.class, () -> old.send("GET /v1/files/ok\r\n").read());
      assertEquals("file:ok", answer.text());
    }
    try (RawConnection next = RawConnection.open(tomcat)) {
      NoStatusLine answer =
          assertThrows(
              NoStatusLine.class,
              () -> next.send("GET /v1/files/ok HTTX/1.1\r\nHost: x\r\n\r\n").read());
      assertTrue(answer.text().contains("400"), answer.text());
    }
    // a sound request resets it
    assertEquals(200, send(Servers.TOMCAT, HostileRequests.NEXT).status());
    assertEquals(
        400, send(Servers.TOMCAT, "GET /v1/files/ok HTTX/1.1\r\nHost: x\r\n\r\n").status());
  }

  private static boolean answersNext(RawConnection connection) {
    try {
      return connection.send(HostileRequests.NEXT).read().body().equals("file:next");
    } catch (ConnectionClosed | UncheckedIOException e) {
      return false;
    }
  }
}
