package dev.planned.processor.validation;

import dev.planned.processor.model.PathPattern;
import dev.planned.processor.model.Segment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Parses the strings of {@code @Endpoint}: {@code "METHOD /path"} patterns on methods and literal
 * base paths on interfaces. Every error message quotes the input and says what to write instead.
 */
public final class PatternParser {
  private PatternParser() {}

  /** Parses {@code "GET /books/{isbn}"}. */
  public static PathPattern parse(String pattern) throws InvalidPatternException {
    String trimmed = pattern.strip();
    if (trimmed.isEmpty()) {
      throw new InvalidPatternException(
          "@Endpoint on a method needs a pattern: write a method and a path, e.g. \"GET /books\".");
    }
    int space = indexOfWhitespace(trimmed);
    if (space < 0) {
      throw new InvalidPatternException(trimmed.startsWith("/")
          ? "Pattern \"" + pattern + "\" has no method: write it as \"GET " + trimmed + "\"."
          : "Pattern \"" + pattern + "\" has no path: write it as \"" + trimmed + " /path\".");
    }
    String method = trimmed.substring(0, space);
    String path = trimmed.substring(space).strip();
    checkMethod(pattern, method);
    if (indexOfWhitespace(path) >= 0) {
      throw new InvalidPatternException("Pattern \"" + pattern
          + "\" has white space in its path: write one method and one path, e.g. \"GET /books\".");
    }
    return new PathPattern(method, segments(pattern, path, true));
  }

  /** Parses the base path of an interface: empty, or literal segments such as {@code /v1}. */
  public static List<Segment> parseBasePath(String basePath) throws InvalidPatternException {
    if (basePath.isEmpty()) {
      return List.of();
    }
    if (indexOfWhitespace(basePath) >= 0) {
      throw new InvalidPatternException("Base path \"" + basePath
          + "\" has white space: on the interface @Endpoint takes only a path such as \"/v1\";"
          + " methods go on each endpoint.");
    }
    if (basePath.equals("/")) {
      throw new InvalidPatternException("Base path \"/\" ends with \"/\": leave the value out for no"
          + " base path.");
    }
    List<Segment> segments = segments(basePath, basePath, false);
    for (Segment segment : segments) {
      if (!(segment instanceof Segment.Literal)) {
        throw new InvalidPatternException("Base path \"" + basePath + "\" has the wildcard "
            + segment + ": a base path is literal; put wildcards in the endpoints' patterns.");
      }
    }
    return segments;
  }

  private static void checkMethod(String pattern, String method) throws InvalidPatternException {
    if (!isToken(method)) {
      throw new InvalidPatternException("Method \"" + method + "\" in \"" + pattern
          + "\" is not an HTTP token: use letters such as GET or POST.");
    }
    if (!method.equals(method.toUpperCase(Locale.ROOT))) {
      throw new InvalidPatternException("Method \"" + method + "\" in \"" + pattern
          + "\" is not upper case, and methods are case-sensitive: write \""
          + method.toUpperCase(Locale.ROOT) + "\".");
    }
  }

  private static List<Segment> segments(String input, String path, boolean wildcardsAllowed)
      throws InvalidPatternException {
    String what = wildcardsAllowed ? "Pattern" : "Base path";
    if (!path.startsWith("/")) {
      throw new InvalidPatternException(what + " \"" + input + "\": the path must start with \"/\":"
          + " write \"/" + path + "\".");
    }
    if (path.equals("/")) {
      return List.of();
    }
    if (path.indexOf('?') >= 0 || path.indexOf('#') >= 0) {
      throw new InvalidPatternException(what + " \"" + input + "\" has a query or fragment: a"
          + " pattern matches the path only; remove what follows \"?\" or \"#\".");
    }
    if (path.endsWith("/")) {
      throw new InvalidPatternException(what + " \"" + input + "\" ends with \"/\": remove it"
          + " (\"/books/\" and \"/books\" are different paths, and patterns match exactly).");
    }
    List<Segment> segments = new ArrayList<>();
    Set<String> names = new HashSet<>();
    String[] parts = path.substring(1).split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (part.isEmpty()) {
        throw new InvalidPatternException(what + " \"" + input + "\" has an empty segment (\"//\"):"
            + " remove the extra \"/\".");
      }
      Segment segment = segment(input, part);
      if (segment instanceof Segment.Rest && i < parts.length - 1) {
        throw new InvalidPatternException("Wildcard " + segment + " in \"" + input
            + "\" is not the last segment: a {name...} wildcard takes the rest of the path, so"
            + " it must come last.");
      }
      String name = wildcardName(segment);
      if (name != null && !names.add(name)) {
        throw new InvalidPatternException("Wildcard {" + name + "} appears twice in \"" + input
            + "\": give each wildcard its own name.");
      }
      segments.add(segment);
    }
    return segments;
  }

  private static Segment segment(String input, String part) throws InvalidPatternException {
    boolean opens = part.indexOf('{') >= 0;
    boolean closes = part.indexOf('}') >= 0;
    if (!opens && !closes) {
      if (part.indexOf('%') >= 0) {
        throw new InvalidPatternException("Segment \"" + part + "\" of \"" + input + "\" is"
            + " percent-encoded: write the decoded characters, which is what patterns match.");
      }
      checkLiteralCharacters(input, part);
      return new Segment.Literal(part);
    }
    if (opens && !closes) {
      throw new InvalidPatternException("Wildcard \"" + part + "\" in \"" + input
          + "\" is not closed: write \"" + part + "}\".");
    }
    if (!part.startsWith("{") || !part.endsWith("}")
        || part.indexOf('{', 1) >= 0 || part.indexOf('}') < part.length() - 1) {
      throw new InvalidPatternException("Segment \"" + part + "\" of \"" + input
          + "\" mixes text and a wildcard: a wildcard must be a whole segment, as in"
          + " \"/books/{isbn}\".");
    }
    String inside = part.substring(1, part.length() - 1);
    boolean rest = inside.endsWith("...");
    String name = rest ? inside.substring(0, inside.length() - 3) : inside;
    if (name.isEmpty()) {
      throw new InvalidPatternException("Wildcard \"" + part + "\" in \"" + input
          + "\" has no name: name it after the parameter it binds, e.g. {id}.");
    }
    if (name.equals("$")) {
      throw new InvalidPatternException("Wildcard {$} in \"" + input + "\" is not needed: unlike"
          + " Go's ServeMux, every pattern matches the whole path; remove it.");
    }
    if (!SourceVersion.isName(name) || name.contains(".")) {
      throw new InvalidPatternException("Wildcard name \"" + name + "\" in \"" + input
          + "\" is not a Java identifier: it names the method parameter it binds, e.g. {id}.");
    }
    return rest ? new Segment.Rest(name) : new Segment.Wildcard(name);
  }

  /**
   * A literal may hold what RFC 3986 allows in a path segment unescaped, and any non-ASCII text
   * (matched after decoding). Other ASCII characters (quotes, backslash, {@code <>^`|}, controls)
   * only ever arrive percent-encoded; they have no place in an API's published paths.
   */
  private static void checkLiteralCharacters(String input, String part)
      throws InvalidPatternException {
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      boolean unreserved = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || "-._~".indexOf(c) >= 0;
      if (c < 0x80 && !unreserved && "!$&'()*+,;=:@".indexOf(c) < 0) {
        throw new InvalidPatternException("Segment \"" + part + "\" of \"" + input + "\" contains"
            + " " + describe(c) + ", which a URL path cannot carry unescaped: use letters, digits,"
            + " -._~!$&'()*+,;=:@ or non-ASCII text.");
      }
    }
  }

  private static String describe(char c) {
    return c < 0x20 || c == 0x7f
        ? String.format("the control character U+%04X", (int) c)
        : "'" + c + "'";
  }

  private static String wildcardName(Segment segment) {
    if (segment instanceof Segment.Wildcard wildcard) {
      return wildcard.name();
    }
    if (segment instanceof Segment.Rest rest) {
      return rest.name();
    }
    return null;
  }

  private static int indexOfWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isToken(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean alphanumeric = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      if (!alphanumeric && "!#$%&'*+-.^_`|~".indexOf(c) < 0) {
        return false;
      }
    }
    return !s.isEmpty();
  }
}
