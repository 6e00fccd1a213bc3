package dev.planned.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One TCP connection to a server under test, spoken to byte by byte: what hostile or malformed
 * requests need, since {@code HttpClient} refuses to send them. It reads answers by their own
 * framing (Content-Length, chunked, or until close), so that a test can tell one answer from two
 * and see whether the server closed the connection after it.
 */
final class RawConnection implements AutoCloseable {
  /** How long a read waits before the test calls the server silent. */
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  private RawConnection(Socket socket) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
  }

  /** Connects to a server on the loopback address. */
  static RawConnection open(int port) {
    try {
      Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
      socket.setSoTimeout((int) DEFAULT_TIMEOUT.toMillis());
      return new RawConnection(socket);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Connects to this running server. */
  static RawConnection open(RunningServer server) {
    return open(server.port());
  }

  /** Sends these bytes as they are (ISO-8859-1, so that every char is one byte). */
  RawConnection send(String bytes) {
    return send(bytes.getBytes(StandardCharsets.ISO_8859_1));
  }

  RawConnection send(byte[] bytes) {
    try {
      out.write(bytes);
      out.flush();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sends these bytes from another thread, so that the caller can read answers while they go: a
   * server may answer (or stop reading) before a large or hostile request is all sent. A write that
   * fails because the server closed the connection is not an error here; what the server answered,
   * if anything, is what a test asserts.
   */
  RawConnection sendInBackground(String bytes) {
    Thread writer =
        new Thread(
            () -> {
              try {
                out.write(bytes.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
              } catch (IOException e) {
                // the server closed the connection, or the test did
              }
            },
            "raw-connection-writer");
    writer.setDaemon(true);
    writer.start();
    return this;
  }

  /** Changes how long reads wait from now on. */
  RawConnection timeout(Duration timeout) {
    try {
      socket.setSoTimeout((int) timeout.toMillis());
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads one answer, framed as RFC 9112 §6.3 says a client does. A {@code 100 Continue} or other
   * interim answer is returned as an answer of its own. Throws {@link SilentServer} if nothing (or
   * only part of an answer) arrives within the timeout, and {@link ConnectionClosed} if the server
   * closed the connection before the first byte.
   *
   * @param requestMethod the method of the request answered, since a HEAD answer has no body
   */
  RawResponse read(String requestMethod) {
    try {
      String statusLine = line();
      if (statusLine == null) {
        throw new ConnectionClosed();
      }
      if (!statusLine.matches("HTTP/\\d\\.\\d \\d{3}( .*)?")) {
        // an HTTP/0.9 answer: the body alone, ended by closing the connection
        String rest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        throw new NoStatusLine(statusLine + (rest.isEmpty() ? "" : "\n" + rest));
      }
      Map<String, List<String>> headers = new LinkedHashMap<>();
      String line;
      while ((line = line()) != null && !line.isEmpty()) {
        int colon = line.indexOf(':');
        String name = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1).strip();
        headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(value);
      }
      int status = Integer.parseInt(statusLine.substring(9, 12));
      byte[] body;
      if (status < 200 || status == 204 || status == 304 || requestMethod.equals("HEAD")) {
        body = new byte[0];
      } else if (headers.getOrDefault("transfer-encoding", List.of()).stream()
          .anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("chunked"))) {
        body = chunked();
      } else if (headers.containsKey("content-length")) {
        body = in.readNBytes(Integer.parseInt(headers.get("content-length").get(0)));
      } else {
        body = in.readAllBytes();
      }
      return new RawResponse(statusLine, headers, new String(body, StandardCharsets.UTF_8));
    } catch (SocketTimeoutException e) {
      throw new SilentServer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the answer to a GET (or any method but HEAD). */
  RawResponse read() {
    return read("GET");
  }

  /**
   * Everything the server writes until it closes the connection, as it came (UTF-8): for a test of
   * the exact bytes of an answer, which {@link #read} would parse.
   */
  String readUntilClosed() {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether the server closed the connection: reading meets the end of the stream (or a reset)
   * within the timeout, with no byte of another answer.
   *
   * @throws AssertionError if the server sent more bytes, or kept the connection open and silent
   */
  boolean isClosedByServer() {
    try {
      int next = in.read();
      if (next >= 0) {
        throw new AssertionError(
            "The server sent more after its answer: "
                + (char) next
                + new String(
                    in.readNBytes(Math.min(in.available(), 200)), StandardCharsets.ISO_8859_1));
      }
      return true;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true; // a reset is a close too
    }
  }

  private byte[] chunked() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String size = line();
      if (size == null) {
        throw new IOException("The chunked answer ended early");
      }
      int semicolon = size.indexOf(';');
      int length =
          Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
      if (length == 0) {
        String trailer;
        while ((trailer = line()) != null && !trailer.isEmpty()) {
          // trailers are not kept
        }
        return body.toByteArray();
      }
      body.write(in.readNBytes(length));
      line(); // the CRLF after the chunk
    }
  }

  /** A line without its CRLF (or LF), or null at the end of the stream before any byte. */
  private String line() throws IOException {
    StringBuilder line = new StringBuilder();
    int b;
    while ((b = in.read()) >= 0) {
      if (b == '\n') {
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r'
            ? line.substring(0, end - 1)
            : line.toString();
      }
      line.append((char) b);
    }
    return line.length() == 0 ? null : line.toString();
  }

  /** Closes the connection with a reset (RST) instead of an orderly close (FIN). */
  void reset() {
    try {
      socket.setSoLinger(true, 0);
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An answer as it came over the wire; header names are kept in lower case. */
  record RawResponse(String statusLine, Map<String, List<String>> headers, String body) {
    int status() {
      return Integer.parseInt(statusLine.substring(9, 12));
    }

    /** The first value of this header (any case), or null. */
    String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Whether the answer announces that the server closes the connection after it. */
    boolean saysClose() {
      String connection = header("Connection");
      return connection != null && connection.toLowerCase(Locale.ROOT).contains("close");
    }
  }

  /** The server sent nothing, or not all of an answer, within the timeout. */
  static final class SilentServer extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SilentServer() {
      super("No (complete) answer within the read timeout");
    }
  }

  /** The server answered without a status line, as HTTP/0.9 does: this is all it sent. */
  static final class NoStatusLine extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String text;

    NoStatusLine(String text) {
      super("An answer without a status line: " + text);
      this.text = text;
    }

    String text() {
      return text;
    }
  }

  /** The server closed the connection without answering. */
  static final class ConnectionClosed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConnectionClosed() {
      super("The server closed the connection without answering");
    }
  }
}
