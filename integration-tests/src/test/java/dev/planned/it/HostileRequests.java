package dev.planned.it;

import static dev.planned.it.Servers.JDK;
import static dev.planned.it.Servers.JETTY;
import static dev.planned.it.Servers.TOMCAT;

import java.util.List;

/**
 * The cases of {@link HostileInputTest}: malformed or hostile requests, each as the bytes sent on
 * one connection and the {@link Outcome} each server must give. A smuggling case carries a second
 * request inside what the first one's framing says is its body ({@link #SMUGGLED}); after every
 * first answer the test sends {@link #NEXT} on the same connection, to see whether the connection
 * was kept, closed, or left out of step.
 *
 * <p>The README's "Server differences" table is the mirror of this one: change both together.
 */
final class HostileRequests {
  /** A request whose answer, {@code file:smuggled}, is unmistakable. Never sent on its own. */
  static final String SMUGGLED = "GET /v1/files/smuggled HTTP/1.1\r\nHost: x\r\n\r\n";

  /** Sent after the first answer on the same connection; answered {@code file:next}. */
  static final String NEXT = "GET /v1/files/next HTTP/1.1\r\nHost: x\r\n\r\n";

  private HostileRequests() {}

  static List<HostileCase> all() {
    return List.of(
        // ---- request lines, methods and versions
        // the JDK server serves any version it can read as HTTP/x.y: its own parsing
        line("HTTP/9.9", "GET /v1/files/ok HTTP/9.9")
            .on(JDK, "200 endpoint keeps")
            .all("505 page drops"),
        line("HTTP/1.2", "GET /v1/files/ok HTTP/1.2")
            .on(JDK, "200 endpoint keeps")
            .all("505 page drops"),
        line("HTTP/2.0 in an HTTP/1 request line", "GET /v1/files/ok HTTP/2.0")
            .on(JDK, "200 endpoint keeps")
            .on(JETTY, "426 page drops")
            .on(TOMCAT, "505 page drops"),
        line("HTTP/1.10 (two digits)", "GET /v1/files/ok HTTP/1.10")
            .on(JDK, "200 endpoint keeps")
            .all("505 page drops"),
        line("HTTP/1.1 in lower case", "GET /v1/files/ok http/1.1")
            .on(TOMCAT, "400 page closes")
            .all("200 endpoint keeps"),
        line("no version (HTTP/0.9 form)", "GET /v1/files/ok")
            .on(JDK, "400 page closes")
            .on(JETTY, "505 page drops")
            .on(TOMCAT, "0.9 endpoint drops"),
        line("a version that is not one", "GET /v1/files/ok HTTX/1.1")
            .on(JDK, "200 endpoint keeps")
            .on(JETTY, "505 page drops")
            .on(TOMCAT, "400 page closes"),
        line("two spaces before the target", "GET  /v1/files/ok HTTP/1.1")
            .on(JDK, "404 page closes")
            .all("200 endpoint keeps"),
        line("two spaces before the version", "GET /v1/files/ok  HTTP/1.1")
            .all("200 endpoint keeps"),
        line("a space after the version", "GET /v1/files/ok HTTP/1.1 ")
            .on(JDK, "200 endpoint keeps")
            .on(JETTY, "400 page drops")
            .on(TOMCAT, "400 page closes"),
        line("a space before the method", " GET /v1/files/ok HTTP/1.1")
            .on(JDK, "404 page closes")
            .on(JETTY, "400 page drops")
            .on(TOMCAT, "400 page closes"),
        line("a tab between method and target", "GET\t/v1/files/ok HTTP/1.1")
            .on(JDK, "400 page closes")
            .on(JETTY, "400 page drops")
            .on(TOMCAT, "200 endpoint keeps"),
        line("a space inside the target", "GET /v1/files/o k HTTP/1.1")
            .on(JDK, "200 endpoint keeps")
            .on(JETTY, "400 page drops")
            .on(TOMCAT, "400 page closes"),
        line("a target without a leading slash", "GET v1/files/ok HTTP/1.1")
            .on(JDK, "404 page closes")
            .all("400 page closes"),
        line("absolute-form target", "GET http://x/v1/files/ok HTTP/1.1").all("200 endpoint keeps"),
        line(
                "absolute-form target, other host",
                "GET http://elsewhere.example/v1/files/ok HTTP/1.1")
            .on(JDK, "200 endpoint keeps")
            .on(JETTY, "400 page keeps")
            .on(TOMCAT, "400 page closes"),
        line("authority-form target with GET", "GET x:80 HTTP/1.1")
            .on(JDK, "none drops")
            .all("400 page closes"),
        line("CONNECT with authority-form", "CONNECT x:80 HTTP/1.1")
            .on(JDK, "none drops")
            .on(JETTY, "501 problem keeps")
            .on(TOMCAT, "501 page closes"),
        line("* with GET", "GET * HTTP/1.1")
            .on(JDK, "404 page closes")
            .on(JETTY, "400 page keeps")
            .on(TOMCAT, "400 page closes"),
        line("* with DELETE", "DELETE * HTTP/1.1")
            .on(JDK, "404 page closes")
            .on(JETTY, "400 page keeps")
            .on(TOMCAT, "400 page closes"),
        line("method in lower case", "get /v1/files/ok HTTP/1.1")
            .on(TOMCAT, "501 problem closes")
            .all("501 problem keeps"),
        line("unknown method", "BREW /v1/files/ok HTTP/1.1")
            .on(TOMCAT, "501 problem closes")
            .all("501 problem keeps"),
        line("NUL in the method", "G\0T /v1/files/ok HTTP/1.1")
            .on(JDK, "400 problem keeps")
            .on(JETTY, "400 page drops")
            .on(TOMCAT, "400 page closes"),
        line("a 300-character method", "G".repeat(300) + " /v1/files/ok HTTP/1.1")
            .on(TOMCAT, "501 problem closes")
            .all("501 problem keeps"),
        line("NUL in the target", "GET /v1/files/o\0k HTTP/1.1")
            .on(JETTY, "400 page drops")
            .all("400 page closes"),
        line("a control character in the query", "GET /v1/files/ok?a=\u0001 HTTP/1.1")
            .on(JETTY, "400 page drops")
            .all("400 page closes"),
        line("a raw non-ASCII byte in the target", "GET /v1/files/\u00e9 HTTP/1.1")
            .on(JDK, "200 endpoint keeps")
            .on(JETTY, "400 page keeps")
            .on(TOMCAT, "400 page closes"),
        line("a fragment in the target", "GET /v1/files/ok#frag HTTP/1.1")
            .on(JDK, "200 endpoint keeps")
            .on(JETTY, "400 page keeps")
            .on(TOMCAT, "400 page closes"),
        HostileCase.of(
                "request line",
                "an empty line before the request line",
                "\r\n" + get("/v1/files/ok"))
            .all("200 endpoint keeps"),
        // the JDK server waits for a CR LF that never comes
        HostileCase.of(
                "request line", "lines ended by LF alone", "GET /v1/files/ok HTTP/1.1\nHost: x\n\n")
            .on(JDK, "silent")
            .all("200 endpoint keeps"),
        HostileCase.of(
                "request line",
                "a TLS ClientHello to the plain port",
                "\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003"
                    + "\u0000".repeat(32)
                    + "\r\n\r\n")
            .on(JETTY, "400 page drops")
            .all("400 page closes"),
        HostileCase.of(
                "request line",
                "HTTP/1.0 without Host (allowed)",
                "GET /v1/files/ok HTTP/1.0\r\n\r\n")
            .on(JETTY, "200 endpoint drops")
            .all("200 endpoint closes"),

        // ---- headers
        // the JDK server serves all of these: no Host, several Hosts, NUL, bare CR (which ends its
        // header line: ServerOwnParsingTest shows the injected header reach the endpoint)
        HostileCase.of("headers", "HTTP/1.1 without Host", "GET /v1/files/ok HTTP/1.1\r\n\r\n")
            .on(JDK, "200 endpoint keeps")
            .all("400 page closes"),
        header("two Host headers", "Host: x", "Host: y")
            .on(JDK, "200 endpoint keeps")
            .all("400 page closes"),
        header("a Host that is not a host", "Host: a b")
            .on(JDK, "200 endpoint keeps")
            .all("400 page closes"),
        header("an empty Host (allowed)", "Host:")
            .on(JETTY, "400 page closes")
            .all("200 endpoint keeps"),
        header("NUL in a header value", "Host: x", "X-Probe: a\0b")
            .on(JDK, "200 endpoint keeps")
            .all("400 page closes"),
        header("NUL in a header name", "Host: x", "X-Pr\0be: a").all("400 page closes"),
        header("a bare CR in a header value", "Host: x", "X-Probe: a\rContent-Type: text/evil")
            .on(JDK, "200 endpoint keeps")
            .all("400 page closes"),
        // the JDK server ends the line at the bare CR and the head at the CR LF after it: the final
        // CR LF is left over and read with the next request, which gets another answer
        header("a bare CR ending a header line", "Host: x", "X-Probe: a\r")
            .on(JDK, "200 endpoint desyncs")
            .all("400 page closes"),
        header("obs-fold (a continuation line)", "Host: x", "X-Probe: a", " folded")
            .on(JETTY, "400 page closes")
            .all("200 endpoint keeps"),
        header("obs-fold on the first header line", " X-Probe: a", "Host: x")
            .all("400 page closes"),
        header("a header line without a colon", "Host: x", "X-Probe a").all("400 page closes"),
        header("whitespace before the colon", "Host: x", "X-Probe : a").all("400 page closes"),
        header("whitespace before the colon of Host", "Host : x").all("400 page closes"),
        header("an empty header name", "Host: x", ": a").all("400 page closes"),
        header("a header name that is not a token", "Host: x", "X(Probe): a")
            .all("400 page closes"),
        header("a control character in a header value", "Host: x", "X-Probe: a\u0001b")
            .on(JDK, "200 endpoint keeps")
            .all("400 page closes"),
        header("an obs-text byte in a header value (allowed)", "Host: x", "X-Probe: caf\u00e9")
            .all("200 endpoint keeps"),
        header("a 10,000-byte header line", "Host: x", "X-Probe: " + "a".repeat(10_000))
            .on(JDK, "200 endpoint keeps")
            .on(JETTY, "431 page closes")
            .on(TOMCAT, "400 page closes"),
        header("a 100,000-byte header line", "Host: x", "X-Probe: " + "a".repeat(100_000))
            .on(JDK, "200 endpoint keeps")
            .on(JETTY, "431 page closes")
            .on(TOMCAT, "400 page closes"),
        header("300 header lines", headers(300))
            .on(JDK, "none drops")
            .on(JETTY, "200 endpoint keeps")
            .on(TOMCAT, "400 page closes"),
        header("10,000 header lines", headers(10_000))
            .on(JDK, "none drops")
            .on(JETTY, "431 page closes")
            .on(TOMCAT, "400 page closes"),
        // the JDK server and Tomcat send 100 Continue themselves, before Planned sees the request;
        // Jetty sends none until the body is read, and closes when it was not
        header("Expect: 100-continue without a body", "Host: x", "Expect: 100-continue")
            .on(JDK, "100+200 endpoint keeps")
            .on(JETTY, "200 endpoint closes")
            .on(TOMCAT, "100+200 endpoint keeps"),
        header("an Expect the server cannot meet", "Host: x", "Expect: teapot")
            .on(JDK, "200 endpoint keeps")
            .on(JETTY, "417 page closes")
            .on(TOMCAT, "417 page drops"),
        header("Connection: close (honoured)", "Host: x", "Connection: close")
            .on(JDK, "200 endpoint drops")
            .all("200 endpoint closes"),

        // ---- CL.TE, TE.CL and TE.TE: framing that two parsers may read differently
        smuggle(
                "CL.TE: Content-Length and chunked",
                "0\r\n\r\n" + SMUGGLED,
                "Content-Length: 5",
                "Transfer-Encoding: chunked")
            .on(TOMCAT, "200 endpoint closes")
            .all("400 page closes"),
        smuggle(
                "TE.CL: chunked and Content-Length",
                chunk(SMUGGLED) + "0\r\n\r\n",
                "Transfer-Encoding: chunked",
                "Content-Length: 4")
            .on(TOMCAT, "200 endpoint closes")
            .all("400 page closes"),
        smuggle(
                "TE.CL with Content-Length first",
                chunk(SMUGGLED) + "0\r\n\r\n",
                "Content-Length: 4",
                "Transfer-Encoding: chunked")
            .on(TOMCAT, "200 endpoint closes")
            .all("400 page closes"),
        smuggle("TE: xchunked", "0\r\n\r\n" + SMUGGLED, "Transfer-Encoding: xchunked")
            .on(JETTY, "400 page closes")
            .all("501 page closes"),
        smuggle(
                "TE: xchunked with Content-Length",
                "0\r\n\r\n" + SMUGGLED,
                "Transfer-Encoding: xchunked",
                "Content-Length: 5")
            .on(TOMCAT, "501 page closes")
            .all("400 page closes"),
        smuggle(
                "TE: chunked after extra spaces (allowed)",
                "3\r\nabc\r\n0\r\n\r\n",
                "Transfer-Encoding:    chunked")
            .all("200 endpoint keeps"),
        smuggle(
                "TE: a tab before chunked (allowed)",
                "3\r\nabc\r\n0\r\n\r\n",
                "Transfer-Encoding:\tchunked")
            .all("200 endpoint keeps"),
        smuggle(
                "TE: Chunked in another case (allowed)",
                "3\r\nabc\r\n0\r\n\r\n",
                "Transfer-Encoding: Chunked")
            .all("200 endpoint keeps"),
        // the JDK server and Tomcat fold the line into X-Probe (RFC 9112 allows it) and read the
        // body by Content-Length: the next request is theirs to serve; Jetty refuses obs-fold
        smuggle(
                "TE folded onto a previous header",
                "0\r\n\r\n" + SMUGGLED,
                "X-Probe: a",
                " Transfer-Encoding: chunked",
                "Content-Length: 5")
            .on(JETTY, "400 page closes")
            .all("200 endpoint smuggles"),
        smuggle(
                "TE: chunked, identity",
                "0\r\n\r\n" + SMUGGLED,
                "Transfer-Encoding: chunked, identity")
            .on(JDK, "501 page closes")
            .all("400 page closes"),
        smuggle(
                "TE: identity, chunked",
                "0\r\n\r\n" + SMUGGLED,
                "Transfer-Encoding: identity, chunked")
            .on(JETTY, "501 problem closes")
            .all("501 page closes"),
        smuggle(
                "TE: chunked, chunked",
                "0\r\n\r\n" + SMUGGLED,
                "Transfer-Encoding: chunked, chunked")
            .on(JDK, "501 page closes")
            .all("400 page closes"),
        smuggle(
                "two TE headers, chunked and identity",
                "0\r\n\r\n" + SMUGGLED,
                "Transfer-Encoding: chunked",
                "Transfer-Encoding: identity")
            .on(JDK, "501 page closes")
            .all("400 page closes"),
        smuggle(
                "two TE headers, chunked twice",
                "0\r\n\r\n" + SMUGGLED,
                "Transfer-Encoding: chunked",
                "Transfer-Encoding: chunked")
            .on(JDK, "501 page closes")
            .all("400 page closes"),
        smuggle("TE: gzip, chunked", "0\r\n\r\n" + SMUGGLED, "Transfer-Encoding: gzip, chunked")
            .on(JETTY, "501 problem closes")
            .all("501 page closes"),
        smuggle("TE: foo, chunked", "0\r\n\r\n" + SMUGGLED, "Transfer-Encoding: foo, chunked")
            .on(JETTY, "501 problem closes")
            .all("501 page closes"),
        smuggle(
                "TE: chunked with a parameter",
                "0\r\n\r\n" + SMUGGLED,
                "Transfer-Encoding: chunked;q=1")
            .on(JDK, "501 page closes")
            .all("400 page closes"),
        smuggle("TE: empty", "0\r\n\r\n" + SMUGGLED, "Transfer-Encoding:", "Content-Length: 5")
            .all("400 page closes"),
        HostileCase.of(
                "smuggling",
                "TE: chunked on HTTP/1.0",
                "POST /probe/echo HTTP/1.0\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "0\r\n\r\n"
                    + SMUGGLED)
            .on(JDK, "200 endpoint closes")
            .on(JETTY, "200 endpoint drops")
            .on(TOMCAT, "400 page closes"),
        HostileCase.of(
                "smuggling",
                "TE: chunked and Content-Length on HTTP/1.0",
                "POST /probe/echo HTTP/1.0\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                    + "Content-Length: 5\r\n\r\n0\r\n\r\n"
                    + SMUGGLED)
            .on(JETTY, "400 page drops")
            .all("400 page closes"),

        // ---- Content-Length: duplicated, signed, hex, spaced
        smuggle(
                "two equal Content-Lengths",
                "abcde" + SMUGGLED,
                "Content-Length: 5",
                "Content-Length: 5")
            .all("400 page closes"),
        smuggle(
                "two different Content-Lengths",
                "abcde" + SMUGGLED,
                "Content-Length: 5",
                "Content-Length: 6")
            .all("400 page closes"),
        smuggle("Content-Length: 5, 5", "abcde" + SMUGGLED, "Content-Length: 5, 5")
            .all("400 page closes"),
        smuggle("Content-Length: 5, 6", "abcde" + SMUGGLED, "Content-Length: 5, 6")
            .all("400 page closes"),
        smuggle("Content-Length: +5", "abcde" + SMUGGLED, "Content-Length: +5")
            .on(JDK, "400 problem closes")
            .all("400 page closes"),
        smuggle("Content-Length: -1", "abcde" + SMUGGLED, "Content-Length: -1")
            .all("400 page closes"),
        smuggle("Content-Length: 0x5", "abcde" + SMUGGLED, "Content-Length: 0x5")
            .all("400 page closes"),
        smuggle("Content-Length: 5 5", "abcde" + SMUGGLED, "Content-Length: 5 5")
            .all("400 page closes"),
        smuggle("Content-Length: 5a", "abcde" + SMUGGLED, "Content-Length: 5a")
            .all("400 page closes"),
        smuggle("Content-Length: empty", "abcde" + SMUGGLED, "Content-Length:")
            .all("400 page closes"),
        smuggle(
                "Content-Length beyond a long",
                "abcde" + SMUGGLED,
                "Content-Length: 99999999999999999999")
            .all("400 page closes"),
        smuggle("Content-Length: 005 (allowed)", "abcde", "Content-Length: 005")
            .all("200 endpoint keeps"),
        smuggle("Content-Length after spaces (allowed)", "abcde", "Content-Length:    5")
            .all("200 endpoint keeps"),

        // ---- chunked bodies: sizes, extensions, lengths, ends
        chunked("chunk size zz", "zz\r\nabc\r\n0\r\n\r\n" + SMUGGLED)
            .on(TOMCAT, "400 page closes")
            .all("400 problem closes"),
        chunked("chunk size -5", "-5\r\nabc\r\n0\r\n\r\n" + SMUGGLED)
            .on(TOMCAT, "400 page closes")
            .all("400 problem closes"),
        chunked("chunk size with a trailing space", "3 \r\nabc\r\n0\r\n\r\n" + SMUGGLED)
            .on(TOMCAT, "400 page closes")
            .all("400 problem closes"),
        chunked("chunk size 0x3", "0x3\r\nabc\r\n0\r\n\r\n" + SMUGGLED)
            .on(TOMCAT, "400 page closes")
            .all("400 problem closes"),
        chunked(
                "chunk size FFFFFFFFFFFFFFFFFF",
                "FFFFFFFFFFFFFFFFFF\r\nabc\r\n0\r\n\r\n" + SMUGGLED)
            .on(TOMCAT, "400 page closes")
            .all("400 problem closes"),
        chunked("chunk size empty", "\r\nabc\r\n0\r\n\r\n" + SMUGGLED)
            .on(TOMCAT, "400 page closes")
            .all("400 problem closes"),
        // the JDK server skips chunk extensions unread, so it cannot see this one is broken
        chunked("unclosed quoted chunk extension", "3;ext=\"x\r\nabc\r\n0\r\n\r\n" + SMUGGLED)
            .on(JDK, "200 endpoint smuggles")
            .on(JETTY, "400 problem closes")
            .on(TOMCAT, "400 page closes"),
        chunked("chunk extension (allowed)", "3;ext=x\r\nabc\r\n0\r\n\r\n")
            .all("200 endpoint keeps"),
        chunked("quoted chunk extension (allowed)", "3;ext=\"a b\"\r\nabc\r\n0\r\n\r\n")
            .all("200 endpoint keeps"),
        chunked("upper-case hex size (allowed)", "A\r\nabcdefghij\r\n0\r\n\r\n")
            .all("200 endpoint keeps"),
        chunked("a chunk shorter than its size", "5\r\nabc\r\n0\r\n\r\n" + SMUGGLED)
            .on(TOMCAT, "400 page closes")
            .all("400 problem closes"),
        chunked("a chunk longer than its size", "3\r\nabcde\r\n0\r\n\r\n" + SMUGGLED)
            .on(TOMCAT, "400 page closes")
            .all("400 problem closes"),
        chunked("no CRLF after the chunk data", "3\r\nabc0\r\n\r\n" + SMUGGLED)
            .on(TOMCAT, "400 page closes")
            .all("400 problem closes"),
        chunked("no final CRLF after the last chunk", "3\r\nabc\r\n0\r\n" + SMUGGLED)
            .on(TOMCAT, "400 page closes")
            .all("400 problem closes"),
        // the JDK server reads no trailer fields: its chunked stream fails on them
        chunked("trailer fields (allowed)", "3\r\nabc\r\n0\r\nX-Trailer: 1\r\n\r\n")
            .on(JDK, "400 problem closes")
            .all("200 endpoint keeps"),
        chunked("a trailer line without a colon", "3\r\nabc\r\n0\r\nX-Trailer\r\n\r\n" + SMUGGLED)
            .on(TOMCAT, "400 page closes")
            .all("400 problem closes"),
        chunked("chunk lines ended by LF alone", "3\nabc\n0\n\n")
            .on(JDK, "silent")
            .on(JETTY, "400 problem closes")
            .on(TOMCAT, "400 page closes"),

        // ---- sizes of targets and bodies; planned endpoints and announced bodies
        line("a 10,000-byte path", "GET /v1/files/" + "a".repeat(10_000) + " HTTP/1.1")
            .on(JDK, "200 endpoint keeps")
            .on(JETTY, "414 page drops")
            .on(TOMCAT, "400 page closes"),
        line("a 100,000-byte path", "GET /v1/files/" + "a".repeat(100_000) + " HTTP/1.1")
            .on(JDK, "200 endpoint keeps")
            .on(JETTY, "414 page drops")
            .on(TOMCAT, "400 page closes"),
        line("a 10,000-segment path", "GET /v1/files" + "/a".repeat(10_000) + " HTTP/1.1")
            .on(JDK, "200 endpoint keeps")
            .on(JETTY, "414 page drops")
            .on(TOMCAT, "400 page closes"),
        line("a 100,000-byte query", "GET /v1/files/ok?q=" + "a".repeat(100_000) + " HTTP/1.1")
            .on(JDK, "200 endpoint keeps")
            .on(JETTY, "414 page drops")
            .on(TOMCAT, "400 page closes"),
        // a refused body is never read on: the answer comes at once and the connection closes; the
        // JDK server and Tomcat read on for a while before closing when the body is announced and
        // not sent ("lingers"), so that a client still sending sees the answer, not a reset
        HostileCase.of(
                "bodies",
                "a body of 1 MiB + 1 byte",
                post(
                    "/probe/echo", "a".repeat((1 << 20) + 1), "Content-Length: " + ((1 << 20) + 1)))
            .all("413 problem closes"),
        HostileCase.of(
                "bodies",
                "a chunked body of 1 MiB + 1 byte",
                post(
                    "/probe/echo",
                    chunk("a".repeat((1 << 20) + 1)) + "0\r\n\r\n",
                    "Transfer-Encoding: chunked"))
            .on(JDK, "413 problem keeps")
            .all("413 problem closes"),
        HostileCase.of(
                "bodies",
                "a body over the limit announced, not sent",
                "POST /probe/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1048577\r\n\r\n")
            .on(JETTY, "413 problem closes")
            .all("413 problem lingers"),
        HostileCase.of(
                "bodies",
                "a body over the limit announced with Expect: 100-continue",
                "POST /probe/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1048577\r\n"
                    + "Expect: 100-continue\r\n\r\n")
            .on(JDK, "100+413 problem lingers")
            .on(JETTY, "413 problem closes")
            .on(TOMCAT, "100+413 problem closes"),
        HostileCase.of(
                "bodies",
                "a planned endpoint with a short body (not read)",
                post("/v1/loans", "abcde", "Content-Length: 5"))
            .all("501 problem closes"),
        HostileCase.of(
                "bodies",
                "a planned endpoint with a body announced, not sent",
                "POST /v1/loans HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n")
            .on(JETTY, "501 problem closes")
            .all("501 problem lingers"),
        HostileCase.of(
                "bodies",
                "a planned endpoint with Expect: 100-continue",
                "POST /v1/loans HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n"
                    + "Expect: 100-continue\r\n\r\n")
            .on(JDK, "100+501 problem lingers")
            .on(JETTY, "501 problem closes")
            .on(TOMCAT, "100+501 problem closes"),
        HostileCase.of(
                "bodies",
                "a GET with a body (ignored)",
                "GET /v1/files/ok HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nabcde")
            .all("200 endpoint keeps"),
        HostileCase.of(
                "bodies",
                "Content-Encoding: gzip on a body",
                post("/probe/echo", "abcde", "Content-Length: 5", "Content-Encoding: gzip"))
            .all("415 problem closes"),
        HostileCase.of(
                "bodies",
                "Content-Encoding: br on a body",
                post("/probe/echo", "abcde", "Content-Length: 5", "Content-Encoding: br"))
            .all("415 problem closes"));
  }

  private static HostileCase line(String name, String requestLine) {
    return HostileCase.of("request line", name, requestLine + "\r\nHost: x\r\n\r\n");
  }

  private static HostileCase header(String name, String... headerLines) {
    return HostileCase.of(
        "headers",
        name,
        "GET /probe/headers HTTP/1.1\r\n" + String.join("\r\n", headerLines) + "\r\n\r\n");
  }

  private static HostileCase smuggle(String name, String body, String... headerLines) {
    return HostileCase.of("smuggling", name, post("/probe/echo", body, headerLines));
  }

  private static HostileCase chunked(String name, String body) {
    return HostileCase.of("chunked", name, post("/probe/echo", body, "Transfer-Encoding: chunked"));
  }

  private static String get(String target) {
    return "GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n";
  }

  private static String post(String target, String body, String... headerLines) {
    return "POST "
        + target
        + " HTTP/1.1\r\nHost: x\r\n"
        + String.join("\r\n", headerLines)
        + "\r\n\r\n"
        + body;
  }

  /** One chunk holding this text. */
  private static String chunk(String text) {
    return Integer.toHexString(text.length()) + "\r\n" + text + "\r\n";
  }

  /** Host, then this many small X-Probe-N headers. */
  private static String[] headers(int count) {
    String[] lines = new String[count + 1];
    lines[0] = "Host: x";
    for (int i = 1; i <= count; i++) {
      lines[i] = "X-Probe-" + i + ": " + i;
    }
    return lines;
  }
}
