package dev.planned.readme;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code curl} commands the README shows, sent as curl sends them (one HTTP/1.1 request on a
 * new connection) to a server on loopback, and printed as curl prints them: the body, and with
 * {@code -i} the status line and headers before it, exactly as received.
 */
final class Curl {
  private final String method;
  private final URI url;
  private final boolean include;
  private final List<String> headers;
  private final String data;

  private Curl(String method, URI url, boolean include, List<String> headers, String data) {
    this.method = method;
    this.url = url;
    this.include = include;
    this.headers = headers;
    this.data = data;
  }

  /**
   * Parses the options the README uses: {@code -i}, {@code -s}, {@code -X METHOD}, {@code -H "Name:
   * value"}, {@code -d 'data'} (sent as curl sends it: a POST unless {@code -X} says otherwise,
   * form-encoded unless a header says otherwise), one URL.
   */
  static Curl parse(String command) {
    List<String> words = words(command);
    if (words.isEmpty() || !words.get(0).equals("curl")) {
      throw new IllegalArgumentException("Not a curl command: " + command);
    }
    String method = null;
    boolean include = false;
    List<String> headers = new ArrayList<>();
    String data = null;
    String url = null;
    for (int i = 1; i < words.size(); i++) {
      String word = words.get(i);
      switch (word) {
        case "-i" -> include = true;
        case "-s" -> {} // no progress meter: curl prints none to a pipe either
        case "-X" -> method = words.get(++i);
        case "-H" -> headers.add(words.get(++i));
        case "-d" -> data = words.get(++i);
        default -> {
          if (word.startsWith("-") || url != null) {
            throw new IllegalArgumentException(
                "The check does not know curl's "
                    + word
                    + ": teach Curl.parse, or show a command it knows, in: "
                    + command);
          }
          url = word.contains("://") ? word : "http://" + word;
        }
      }
    }
    if (data != null
        && headers.stream()
            .noneMatch(h -> h.toLowerCase(Locale.ROOT).startsWith("content-type:"))) {
      headers.add("Content-Type: application/x-www-form-urlencoded");
    }
    if (method == null) {
      method = data == null ? "GET" : "POST";
    }
    return new Curl(method, URI.create(url), include, List.copyOf(headers), data);
  }

  /** What curl would print, sent to {@code port} on loopback instead of the URL's port. */
  String run(int port) throws IOException {
    String target = url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      byte[] body = data == null ? new byte[0] : data.getBytes(UTF_8);
      StringBuilder request =
          new StringBuilder()
              .append(method + " " + target + " HTTP/1.1\r\n")
              .append("Host: " + url.getHost() + ":" + url.getPort() + "\r\n")
              .append("User-Agent: curl/8.5.0\r\n")
              .append("Accept: */*\r\n");
      headers.forEach(header -> request.append(header).append("\r\n"));
      if (data != null) {
        request.append("Content-Length: " + body.length + "\r\n");
      }
      out.write(request.append("\r\n").toString().getBytes(ISO_8859_1));
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();
      String head = head(in);
      byte[] answer = in.readNBytes(contentLength(head));
      String text = new String(answer, UTF_8);
      return include ? head.replace("\r\n", "\n") + text : text;
    }
  }

  /** The status line and headers, up to and including the empty line. */
  private static String head(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("The connection closed in the headers: " + head.toString(ISO_8859_1));
      }
      head.write(b);
    }
    return head.toString(ISO_8859_1);
  }

  private static int contentLength(String head) {
    int status = Integer.parseInt(head.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3));
    if (status == 204 || status == 304 || status < 200) {
      return 0; // answers without a body (RFC 9112, section 6.3)
    }
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return Integer.parseInt(line.substring("content-length:".length()).strip());
      }
    }
    throw new AssertionError("The check reads answers framed by Content-Length only: " + head);
  }

  /** Splits a shell command line, honouring double and single quotes. */
  private static List<String> words(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0; // the quote the current text is in, if any
    boolean inWord = false;
    for (char c : command.toCharArray()) {
      if (quote == 0 && (c == '"' || c == '\'')) {
        quote = c;
        inWord = true;
      } else if (c == quote) {
        quote = 0;
      } else if (c == ' ' && quote == 0) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }
}
