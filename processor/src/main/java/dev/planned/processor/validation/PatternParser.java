package dev.planned.processor.validation;

import dev.planned.internal.HttpTokens;
import dev.planned.processor.model.PathPattern;
import dev.planned.processor.model.Segment;
import dev.planned.processor.report.Message;
import dev.planned.processor.report.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Parses the strings of {@code @Endpoint}: {@code "METHOD /path"} patterns on methods and literal
 * base paths on interfaces. Every problem quotes the input and says what to write instead; it is
 * returned, not thrown, for the caller to report on the element the text came from.
 */
public final class PatternParser {
  private PatternParser() {}

  /** Parses {@code "GET /books/{isbn}"}. */
  public static Parsed<PathPattern> parse(String pattern) {
    String trimmed = pattern.strip();
    if (trimmed.isEmpty()) {
      return Parsed.failed(new Problem(Message.PATTERN_EMPTY));
    }
    int space = indexOfWhitespace(trimmed);
    if (space < 0) {
      return Parsed.failed(
          trimmed.startsWith("/")
              ? new Problem(Message.PATTERN_WITHOUT_METHOD, pattern, trimmed)
              : new Problem(Message.PATTERN_WITHOUT_PATH, pattern, trimmed));
    }
    String method = trimmed.substring(0, space);
    String path = trimmed.substring(space).strip();
    Optional<Problem> badMethod = checkMethod(pattern, method);
    if (badMethod.isPresent()) {
      return Parsed.failed(badMethod.get());
    }
    if (indexOfWhitespace(path) >= 0) {
      return Parsed.failed(new Problem(Message.PATTERN_WHITE_SPACE_IN_PATH, pattern));
    }
    List<Segment> segments = new ArrayList<>();
    Optional<Problem> badPath = segments(pattern, path, true, segments);
    return badPath.isPresent()
        ? Parsed.failed(badPath.get())
        : Parsed.of(new PathPattern(method, segments));
  }

  /** Parses the base path of an interface: empty, or literal segments such as {@code /v1}. */
  public static Parsed<List<Segment>> parseBasePath(String basePath) {
    if (basePath.isEmpty()) {
      return Parsed.of(List.of());
    }
    if (indexOfWhitespace(basePath) >= 0) {
      return Parsed.failed(new Problem(Message.BASE_PATH_WHITE_SPACE, basePath));
    }
    if (basePath.equals("/")) {
      return Parsed.failed(new Problem(Message.BASE_PATH_ROOT));
    }
    List<Segment> segments = new ArrayList<>();
    Optional<Problem> badPath = segments(basePath, basePath, false, segments);
    if (badPath.isPresent()) {
      return Parsed.failed(badPath.get());
    }
    for (Segment segment : segments) {
      if (!(segment instanceof Segment.Literal)) {
        return Parsed.failed(new Problem(Message.BASE_PATH_WILDCARD, basePath, segment));
      }
    }
    return Parsed.of(List.copyOf(segments));
  }

  private static Optional<Problem> checkMethod(String pattern, String method) {
    if (!HttpTokens.isToken(method)) {
      return Optional.of(new Problem(Message.METHOD_NOT_TOKEN, method, pattern));
    }
    if (!method.equals(method.toUpperCase(Locale.ROOT))) {
      return Optional.of(
          new Problem(
              Message.METHOD_NOT_UPPER_CASE, method, pattern, method.toUpperCase(Locale.ROOT)));
    }
    return Optional.empty();
  }

  /** Adds the segments of {@code path} to {@code out}, or answers why they do not parse. */
  private static Optional<Problem> segments(
      String input, String path, boolean wildcardsAllowed, List<Segment> out) {
    String what = wildcardsAllowed ? "Pattern" : "Base path";
    if (!path.startsWith("/")) {
      return Optional.of(new Problem(Message.PATH_WITHOUT_LEADING_SLASH, what, input, path));
    }
    if (path.equals("/")) {
      return Optional.empty();
    }
    if (path.indexOf('?') >= 0 || path.indexOf('#') >= 0) {
      return Optional.of(new Problem(Message.PATH_WITH_QUERY, what, input));
    }
    if (path.endsWith("/")) {
      return Optional.of(new Problem(Message.PATH_TRAILING_SLASH, what, input));
    }
    Set<String> names = new HashSet<>();
    String[] parts = path.substring(1).split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (part.isEmpty()) {
        return Optional.of(new Problem(Message.PATH_EMPTY_SEGMENT, what, input));
      }
      if (part.equals(".") || part.equals("..")) {
        // Go refuses these too ("unclean path can never match"); "%2E" is refused as an escape
        return Optional.of(new Problem(Message.PATTERN_DOT_SEGMENT, what, input, part));
      }
      Parsed<Segment> parsed = segment(input, part);
      if (parsed.problem().isPresent()) {
        return parsed.problem();
      }
      Segment segment = parsed.value().orElseThrow();
      if (segment instanceof Segment.Rest && i < parts.length - 1) {
        return Optional.of(new Problem(Message.REST_WILDCARD_NOT_LAST, segment, input));
      }
      String name = wildcardName(segment);
      if (name != null && !names.add(name)) {
        return Optional.of(new Problem(Message.WILDCARD_TWICE, name, input));
      }
      out.add(segment);
    }
    return Optional.empty();
  }

  private static Parsed<Segment> segment(String input, String part) {
    boolean opens = part.indexOf('{') >= 0;
    boolean closes = part.indexOf('}') >= 0;
    if (!opens && !closes) {
      if (part.indexOf('%') >= 0) {
        return Parsed.failed(new Problem(Message.SEGMENT_PERCENT_ENCODED, part, input));
      }
      Optional<Problem> badCharacter = checkLiteralCharacters(input, part);
      return badCharacter.isPresent()
          ? Parsed.failed(badCharacter.get())
          : Parsed.of(new Segment.Literal(part));
    }
    if (opens && !closes) {
      return Parsed.failed(new Problem(Message.WILDCARD_NOT_CLOSED, part, input, part));
    }
    if (!part.startsWith("{")
        || !part.endsWith("}")
        || part.indexOf('{', 1) >= 0
        || part.indexOf('}') < part.length() - 1) {
      return Parsed.failed(new Problem(Message.SEGMENT_MIXES_TEXT_AND_WILDCARD, part, input));
    }
    String inside = part.substring(1, part.length() - 1);
    boolean rest = inside.endsWith("...");
    String name = rest ? inside.substring(0, inside.length() - 3) : inside;
    if (name.isEmpty()) {
      return Parsed.failed(new Problem(Message.WILDCARD_WITHOUT_NAME, part, input));
    }
    if (name.equals("$")) {
      return Parsed.failed(new Problem(Message.WILDCARD_DOLLAR, input));
    }
    if (!SourceVersion.isName(name) || name.contains(".")) {
      return Parsed.failed(new Problem(Message.WILDCARD_NOT_IDENTIFIER, name, input));
    }
    return Parsed.of(rest ? new Segment.Rest(name) : new Segment.Wildcard(name));
  }

  /**
   * A literal may hold what RFC 3986 allows in a path segment unescaped, and any non-ASCII text
   * (matched after decoding). Other ASCII characters (quotes, backslash, {@code <>^`|}, controls)
   * only ever arrive percent-encoded; they have no place in an API's published paths.
   */
  private static Optional<Problem> checkLiteralCharacters(String input, String part) {
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      boolean unreserved =
          c >= 'a' && c <= 'z'
              || c >= 'A' && c <= 'Z'
              || c >= '0' && c <= '9'
              || "-._~".indexOf(c) >= 0;
      if (c < 0x80 && !unreserved && "!$&'()*+,;=:@".indexOf(c) < 0) {
        return Optional.of(new Problem(Message.SEGMENT_CHARACTER, part, input, describe(c)));
      }
    }
    return Optional.empty();
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
}
