package dev.planned.internal;

import dev.planned.HttpException;

/**
 * Route matching on a request's raw path where it lies, for the router and generated route tables:
 * a segment is compared in place and decoded only when it holds a {@code %} escape; a wildcard's
 * value is decoded and copied only when an endpoint binds it. A static route thus allocates nothing
 * to be found.
 *
 * <p>A segment is addressed by two indexes into the raw path: {@code slash}, the {@code /} before
 * it, and {@code end}, the {@code /} after it or the path's length. The first segment starts after
 * the slash at 0. {@code "/"} is one empty segment, {@code "/a/"} is {@code a} and an empty one;
 * patterns never match an empty segment except with a {@code {rest...}} wildcard, which is how
 * {@code GET /{tail...}} matches {@code /} with {@code tail = ""}, as Go's ServeMux does.
 *
 * <p>The path must have passed {@link #isWellFormed} first: the router checks that once, so that
 * matching never meets a malformed escape.
 */
public final class RawPath {
  private RawPath() {}

  /**
   * Whether a raw path is absolute, carries no control character, space or DEL as is (RFC 3986
   * allows none of them unencoded, and every server refuses them before Planned sees the request,
   * so a request made in memory is refused alike), and each of its segments that holds a {@code %}
   * escape decodes to UTF-8. Allocates nothing for a path without {@code %}.
   */
  public static boolean isWellFormed(String rawPath) {
    if (rawPath.isEmpty() || rawPath.charAt(0) != '/') {
      return false;
    }
    int decodedTo = 0; // the end of the last segment decoded, so that each decodes once
    for (int i = 1; i < rawPath.length(); i++) {
      char c = rawPath.charAt(i);
      // one comparison for the usual characters, '&' to '~' (below '&', c - '&' is negative and
      // so, unsigned, larger), the others below
      if (Integer.compareUnsigned(c - '&', '~' - '&') <= 0) {
        continue;
      }
      if (c <= ' ' || c == 0x7F) {
        return false;
      }
      if (c == '%' && i >= decodedTo) {
        int slash = rawPath.lastIndexOf('/', i);
        decodedTo = segmentEnd(rawPath, slash);
        if (PercentDecoding.segment(rawPath, slash + 1, decodedTo) == null) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Where the segment after the {@code /} at {@code slash} ends: the next {@code /}, or the path's
   * length. After the last segment ({@code slash} at the length) it is the length again, an end no
   * literal or wildcard matches.
   */
  public static int segmentEnd(String rawPath, int slash) {
    // a loop, not indexOf: for the short segments of request paths its set-up costs more
    int end = slash + 1;
    while (end < rawPath.length() && rawPath.charAt(end) != '/') {
      end++;
    }
    return Math.min(end, rawPath.length());
  }

  /** Whether the segment between {@code slash} and {@code end}, decoded, is {@code literal}. */
  public static boolean segmentIs(String rawPath, int slash, int end, String literal) {
    int length = end - slash - 1;
    if (length == literal.length() && rawPath.startsWith(literal, slash + 1)) {
      return true; // a literal holds no '%', so the raw text equal to it is the decoded text too
    }
    return length > literal.length()
        && hasEscape(rawPath, slash + 1, end)
        && literal.equals(PercentDecoding.segment(rawPath, slash + 1, end));
  }

  /**
   * The {@link String#hashCode} of the segment between {@code slash} and {@code end}, decoded, for
   * a switch over many literals; computed in place unless the segment holds {@code %}.
   */
  public static int segmentHash(String rawPath, int slash, int end) {
    int hash = 0;
    for (int i = slash + 1; i < end; i++) {
      char c = rawPath.charAt(i);
      if (c == '%') {
        String decoded = PercentDecoding.segment(rawPath, slash + 1, end);
        return decoded == null ? 0 : decoded.hashCode();
      }
      hash = 31 * hash + c;
    }
    return hash;
  }

  /**
   * The decoded segment at {@code index} (the first is 0), for an endpoint's {@code {name}}
   * wildcard: an encoded {@code %2F} is a {@code /} in the value.
   */
  public static String segment(String rawPath, int index) {
    int start = segmentStart(rawPath, index);
    int end = start;
    boolean escaped = false;
    for (; end < rawPath.length(); end++) { // to its end, noting an escape on the way
      char c = rawPath.charAt(end);
      if (c == '/') {
        break;
      }
      escaped |= c == '%';
    }
    return escaped ? decoded(rawPath, start - 1, end) : rawPath.substring(start, end);
  }

  /**
   * The value of a {@code {name...}} wildcard starting at segment {@code index}: the segments from
   * there on, each decoded, joined by {@code /}.
   */
  public static String rest(String rawPath, int index) {
    int slash = segmentStart(rawPath, index) - 1;
    if (!hasEscape(rawPath, slash + 1, rawPath.length())) {
      return rawPath.substring(slash + 1);
    }
    StringBuilder value = new StringBuilder(rawPath.length() - slash);
    int end = segmentEnd(rawPath, slash);
    value.append(decoded(rawPath, slash, end));
    while (end < rawPath.length()) {
      slash = end;
      end = segmentEnd(rawPath, slash);
      value.append('/').append(decoded(rawPath, slash, end));
    }
    return value.toString();
  }

  /**
   * Where segment {@code index} starts: after the slash that ends segment {@code index - 1}. One
   * pass over the characters, since the segments of request paths are short: a call of {@code
   * indexOf} per segment took twice as long to bind the GitHub table's wildcards.
   */
  private static int segmentStart(String rawPath, int index) {
    int i = 1;
    for (int slashes = index; slashes > 0 && i < rawPath.length(); i++) {
      if (rawPath.charAt(i) == '/') {
        slashes--;
      }
    }
    return i;
  }

  private static String decoded(String rawPath, int slash, int end) {
    String value = PercentDecoding.segment(rawPath, slash + 1, end);
    if (value == null) {
      // the router checks the path before matching; this is for a table called without it
      throw new HttpException(400, "The request path is not valid percent-encoded UTF-8.");
    }
    return value;
  }

  private static boolean hasEscape(String rawPath, int from, int to) {
    for (int i = from; i < to; i++) {
      if (rawPath.charAt(i) == '%') {
        return true;
      }
    }
    return false;
  }
}
