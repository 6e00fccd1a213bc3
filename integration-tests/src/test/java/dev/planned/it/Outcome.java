package dev.planned.it;

import java.util.Locale;

/**
 * What a server made of one request on a raw connection, in a short sentence that the case table
 * and the README's table both use: the first answer, who wrote it, and what happened to the
 * connection after it.
 *
 * <ul>
 *   <li>{@code status}: the first answer's status, after {@code 100+} if an interim {@code 100
 *       Continue} came first, or {@code none} when the server closed the connection without
 *       answering, {@code silent} when nothing (complete) came within the read timeout, or {@code
 *       0.9} for an answer without a status line (HTTP/0.9: the body alone, ended by closing);
 *   <li>{@code by}: {@code problem} (Planned's RFC 9457 answer), {@code endpoint} (the endpoint's
 *       own text: the request was served), or {@code page} (the server's own answer, an HTML page
 *       or an empty body);
 *   <li>{@code after}: {@code keeps} (the next request on the connection got its own answer),
 *       {@code closes} (the answer said {@code Connection: close} and the server closed), {@code
 *       says-close-but-keeps} (it said so, and answered the next request anyway), {@code drops}
 *       (closed without saying so), {@code lingers} (it said {@code Connection: close}, and reads
 *       on what the client sends before closing: a lingering close, which lets a client still
 *       sending a refused body read the answer), {@code stalls} (it said nothing, the connection
 *       stayed open and the next request got no answer: the server still waits for the first one's
 *       body), {@code smuggles} (bytes sent as the first request's body were answered as a request
 *       of their own), or {@code desyncs} (the next request got some other answer: the server read
 *       leftover bytes as a request).
 * </ul>
 */
record Outcome(String status, String by, String after) {
  static Outcome parse(String sentence) {
    String[] words = sentence.trim().split(" +");
    if (words.length == 1 && words[0].equals("silent")) {
      return new Outcome("silent", "", "");
    }
    if (words.length == 2 && words[0].equals("none")) {
      return new Outcome("none", "", words[1]);
    }
    if (words.length != 3) {
      throw new IllegalArgumentException("Not an outcome: " + sentence);
    }
    return new Outcome(words[0], words[1], words[2]);
  }

  @Override
  public String toString() {
    return String.join(" ", status, by, after)
        .trim()
        .replaceAll(" +", " ")
        .toLowerCase(Locale.ROOT);
  }
}
