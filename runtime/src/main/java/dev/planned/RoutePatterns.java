package dev.planned;

/**
 * Whether two path patterns ({@code /v1/books/{isbn}}, {@code /files/{path...}}) match a common
 * path, for finding routes of different APIs that conflict. The grammar is the one the processor
 * checks: literal segments, {@code {name}} (one non-empty segment), and a last {@code {name...}}
 * (one or more segments, possibly one empty segment).
 */
final class RoutePatterns {
  private RoutePatterns() {}

  static boolean overlap(String first, String second) {
    return overlap(segments(first), 0, segments(second), 0);
  }

  private static boolean overlap(String[] p, int i, String[] q, int j) {
    if (i == p.length || j == q.length) {
      return i == p.length && j == q.length;
    }
    if (isRest(p[i]) || isRest(q[j])) {
      // a rest takes one or more segments, and both sides have at least one left: any tail of
      // the other pattern can be made to match (a wildcard or literal is one concrete segment)
      return true;
    }
    return segmentsOverlap(p[i], q[j]) && overlap(p, i + 1, q, j + 1);
  }

  private static boolean segmentsOverlap(String a, String b) {
    boolean wildA = isWildcard(a);
    boolean wildB = isWildcard(b);
    if (wildA && wildB) {
      return true;
    }
    if (wildA) {
      return !b.isEmpty(); // a wildcard never matches an empty segment
    }
    if (wildB) {
      return !a.isEmpty();
    }
    return a.equals(b);
  }

  private static boolean isWildcard(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }

  private static boolean isRest(String segment) {
    return segment.startsWith("{") && segment.endsWith("...}");
  }

  /** {@code "/"} has no segments, {@code "/v1/books"} has two, as request paths are split. */
  private static String[] segments(String path) {
    return path.length() <= 1 ? new String[0] : path.substring(1).split("/", -1);
  }
}
