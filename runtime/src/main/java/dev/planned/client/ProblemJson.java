package dev.planned.client;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the members of an RFC 9457 problem object without a codec, since a client of an API that
 * has no JSON endpoint has none: a string member is its text, any other value (number, boolean,
 * null, array, object) its JSON source. Anything that is not one JSON object is no problem.
 */
final class ProblemJson {
  /** Deeper nesting is refused rather than followed: a hostile answer cannot exhaust the stack. */
  private static final int MAX_DEPTH = 64;

  private final String json;
  private int at;

  private ProblemJson(String json) {
    this.json = json;
  }

  static Optional<Map<String, String>> members(byte[] body) {
    ProblemJson reader = new ProblemJson(new String(body, StandardCharsets.UTF_8));
    try {
      Map<String, String> members = reader.object();
      reader.space();
      return reader.at == reader.json.length() ? Optional.of(members) : Optional.empty();
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  private Map<String, String> object() {
    Map<String, String> members = new LinkedHashMap<>();
    expect('{');
    space();
    if (peek() == '}') {
      at++;
      return members;
    }
    do {
      space();
      String name = string();
      space();
      expect(':');
      space();
      if (peek() == '"') {
        members.put(name, string());
      } else {
        int start = at;
        skipValue(0);
        members.put(name, json.substring(start, at));
      }
      space();
    } while (next() == ',');
    at--;
    expect('}');
    return members;
  }

  private String string() {
    expect('"');
    StringBuilder text = new StringBuilder();
    while (true) {
      char c = json.charAt(at++);
      if (c == '"') {
        return text.toString();
      }
      if (c < 0x20) {
        throw new IllegalArgumentException("control character in a string");
      }
      if (c != '\\') {
        text.append(c);
        continue;
      }
      char escaped = json.charAt(at++);
      switch (escaped) {
        case '"', '\\', '/' -> text.append(escaped);
        case 'b' -> text.append('\b');
        case 'f' -> text.append('\f');
        case 'n' -> text.append('\n');
        case 'r' -> text.append('\r');
        case 't' -> text.append('\t');
        case 'u' -> {
          text.append((char) Integer.parseInt(json.substring(at, at + 4), 16));
          at += 4;
        }
        default -> throw new IllegalArgumentException("bad escape");
      }
    }
  }

  /** Skips a non-string value, checking its syntax only as far as needed to find its end. */
  private void skipValue(int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("too deep");
    }
    char c = peek();
    if (c == '"') {
      string();
    } else if (c == '{' || c == '[') {
      char close = c == '{' ? '}' : ']';
      at++;
      space();
      if (peek() == close) {
        at++;
        return;
      }
      do {
        space();
        if (close == '}') {
          string();
          space();
          expect(':');
          space();
        }
        skipValue(depth + 1);
        space();
      } while (next() == ',');
      at--;
      expect(close);
    } else {
      int start = at;
      while (at < json.length() && "+-.0123456789eEtruefalsn".indexOf(json.charAt(at)) >= 0) {
        at++;
      }
      if (at == start) {
        throw new IllegalArgumentException("no value");
      }
    }
  }

  private void space() {
    while (at < json.length() && " \t\r\n".indexOf(json.charAt(at)) >= 0) {
      at++;
    }
  }

  private char peek() {
    return json.charAt(at);
  }

  private char next() {
    return json.charAt(at++);
  }

  private void expect(char c) {
    if (next() != c) {
      throw new IllegalArgumentException("expected " + c);
    }
  }
}
