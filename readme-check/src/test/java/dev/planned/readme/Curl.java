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

  private Curl(String method, URI url, boolean include) {
    this.method = method;
    this.url = url;
    this.include = include;
  }

  /** Parses the options the README uses: {@code -i}, {@code -s}, {@code -X METHOD}, one URL. */
  static Curl parse(String command) {
    List<String> words = words(command);
    if (words.isEmpty() || !words.get(0).equals("curl")) {
      throw new IllegalArgumentException("Not a curl command: " + command);
    }
    String method = "GET";
    boolean include = false;
    String url = null;
    for (int i = 1; i < words.size(); i++) {
      String word = words.get(i);
      switch (word) {
        case "-i" -> include = true;
        case "-s" -> {} // no progress meter: curl prints none to a pipe either
        case "-X" -> method = words.get(++i);
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
    return new Curl(method, URI.create(url), include);
  }

  /** What curl would print, sent to {@code port} on loopback instead of the URL's port. */
  String run(int port) throws IOException {
    String target = url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          (method
                  + " "
                  + target
                  + " HTTP/1.1\r\n"
                  + "Host: "
                  + url.getHost()
                  + ":"
                  + url.getPort()
                  + "\r\n"
                  + "User-Agent: curl/8.5.0\r\n"
                  + "Accept: */*\r\n\r\n")
              .getBytes(ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      String head = head(in);
      byte[] body = in.readNBytes(contentLength(head));
      String text = new String(body, UTF_8);
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
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return Integer.parseInt(line.substring("content-length:".length()).strip());
      }
    }
    throw new AssertionError("The check reads answers framed by Content-Length only: " + head);
  }

  /** Splits a shell command line, honouring double quotes. */
  private static List<String> words(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean inWord = false;
    for (char c : command.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
        inWord = true;
      } else if (c == ' ' && !quoted) {
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
