package dev.planned.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * How two routes ({@code GET /v1/books/{isbn}}, {@code HEAD /files/{path...}}) relate, by the rules
 * of Go 1.22's {@code ServeMux} ({@code net/http/pattern.go}: {@code comparePaths}, {@code
 * compareMethods}, {@code combineRelationships}, {@code conflictsWith}). The one owner of that
 * rule: the processor decides conflicts within an API with it, and the router conflicts between
 * APIs served together.
 *
 * <p>Paths are written as in {@code @Endpoint}, with the base path: literal segments, {@code
 * {name}} (one non-empty segment), and a last {@code {name...}} (one or more segments, possibly one
 * empty segment, so {@code /files/{p...}} matches {@code /files/}). The root {@code /} has no
 * segments; a {@code {name...}} that is the first segment also matches {@code /}, with the value
 * {@code ""}, as in Go.
 */
public final class RouteOverlap {
  /** The relation of route {@code a} to route {@code b}, as Go names them. */
  public enum Relation {
    /** No request matches both. */
    DISJOINT,
    /** Both match exactly the same requests. */
    EQUIVALENT,
    /**
     * {@code a} matches a strict subset of {@code b}'s requests: {@code a} wins where both match.
     */
    MORE_SPECIFIC,
    /** {@code b} is more specific. */
    MORE_GENERAL,
    /** Some requests match both, and each matches requests the other does not. */
    CONFLICT;

    Relation inverse() {
      return switch (this) {
        case MORE_SPECIFIC -> MORE_GENERAL;
        case MORE_GENERAL -> MORE_SPECIFIC;
        default -> this;
      };
    }
  }

  private RouteOverlap() {}

  /**
   * Whether two routes of one API cannot both be served, as Go's {@code conflictsWith}: they match
   * the same requests, or overlap with neither more specific. This includes a {@code GET} and a
   * {@code HEAD}, since a {@code GET} route also serves {@code HEAD}: {@code GET /b/b} and {@code
   * HEAD /b/{x}} conflict on {@code HEAD /b/b}.
   */
  public static boolean conflict(String methodA, String pathA, String methodB, String pathB) {
    Relation relation = compare(methodA, pathA, methodB, pathB);
    return relation == Relation.EQUIVALENT || relation == Relation.CONFLICT;
  }

  /**
   * Whether two routes of different APIs cannot be served together. A router asks the APIs in turn,
   * not for the most specific route among all of them, so routes of one method conflict as soon as
   * some path matches both. A {@code HEAD} route is looked for in every API before any {@code GET},
   * so a {@code GET} and a {@code HEAD} route conflict just as within one API.
   */
  public static boolean conflictAcrossApis(
      String methodA, String pathA, String methodB, String pathB) {
    Relation relation = compare(methodA, pathA, methodB, pathB);
    return methodA.equals(methodB)
        ? relation != Relation.DISJOINT
        : relation == Relation.EQUIVALENT || relation == Relation.CONFLICT;
  }

  /** Go's {@code comparePathsAndMethods}: the methods' relation combined with the paths'. */
  public static Relation compare(String methodA, String pathA, String methodB, String pathB) {
    Relation methods = compareMethods(methodA, methodB);
    if (methods == Relation.DISJOINT) {
      return Relation.DISJOINT;
    }
    return combine(methods, comparePaths(pathA, pathB));
  }

  /**
   * Go's {@code compareMethods} for patterns that all name a method: the same method is equivalent,
   * {@code GET} is more general than {@code HEAD} (it serves HEAD too), and other methods are
   * disjoint.
   */
  public static Relation compareMethods(String a, String b) {
    if (a.equals(b)) {
      return Relation.EQUIVALENT;
    }
    if (a.equals("GET") && b.equals("HEAD")) {
      return Relation.MORE_GENERAL;
    }
    if (a.equals("HEAD") && b.equals("GET")) {
      return Relation.MORE_SPECIFIC;
    }
    return Relation.DISJOINT;
  }

  /** Go's {@code combineRelationships}. */
  private static Relation combine(Relation methods, Relation paths) {
    return switch (methods) {
      case EQUIVALENT -> paths;
      case DISJOINT -> Relation.DISJOINT;
      case CONFLICT -> paths == Relation.DISJOINT ? Relation.DISJOINT : Relation.CONFLICT;
      case MORE_GENERAL, MORE_SPECIFIC -> {
        if (paths == Relation.EQUIVALENT) {
          yield methods;
        }
        yield paths == methods.inverse() ? Relation.CONFLICT : paths;
      }
    };
  }

  /** Go's {@code comparePaths}: how the sets of request paths two path patterns match relate. */
  public static Relation comparePaths(String pathA, String pathB) {
    List<String> x = segments(pathA);
    List<String> y = segments(pathB);
    if (x.isEmpty() != y.isEmpty() && (startsWithRest(x) || startsWithRest(y))) {
      // "/" matches only the root, which /{tail...} matches too (tail = "")
      return x.isEmpty() ? Relation.MORE_SPECIFIC : Relation.MORE_GENERAL;
    }
    boolean aNarrower = false;
    boolean bNarrower = false;
    for (int i = 0; ; i++) {
      boolean aDone = i >= x.size();
      boolean bDone = i >= y.size();
      if (aDone && bDone) {
        break;
      }
      if (aDone || bDone) {
        return Relation.DISJOINT; // one ends where the other needs at least one more segment
      }
      String s = x.get(i);
      String t = y.get(i);
      boolean sRest = isRest(s);
      boolean tRest = isRest(t);
      if (sRest || tRest) {
        // a rest takes any remainder, so the other's remainder is one of them
        aNarrower |= !sRest;
        bNarrower |= !tRest;
        break;
      }
      boolean sWild = isWildcard(s);
      boolean tWild = isWildcard(t);
      if (!sWild && !tWild) {
        if (!s.equals(t)) {
          return Relation.DISJOINT;
        }
      } else if (!sWild) {
        aNarrower = true;
      } else if (!tWild) {
        bNarrower = true;
      }
    }
    if (aNarrower && bNarrower) {
      return Relation.CONFLICT;
    }
    if (aNarrower) {
      return Relation.MORE_SPECIFIC;
    }
    return bNarrower ? Relation.MORE_GENERAL : Relation.EQUIVALENT;
  }

  /**
   * A path both path patterns match, for messages: literals where either has one, {@code anything}
   * for wildcards. Only meaningful when the paths are not disjoint.
   */
  public static String sharedPath(String pathA, String pathB) {
    List<String> a = segments(pathA);
    List<String> b = segments(pathB);
    List<String> longer = a.size() >= b.size() ? a : b;
    List<String> shorter = longer == a ? b : a;
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < longer.size(); i++) {
      String s = longer.get(i);
      String t = i < shorter.size() ? shorter.get(i) : null;
      if (i == 0 && isRest(s) && shorter.isEmpty()) {
        break; // only the root: "/" below
      }
      path.append('/');
      if (!isWildcard(s)) {
        path.append(s);
      } else if (t != null && !isWildcard(t)) {
        path.append(t);
      } else {
        path.append("anything");
      }
    }
    return path.length() == 0 ? "/" : path.toString();
  }

  private static boolean startsWithRest(List<String> segments) {
    return !segments.isEmpty() && isRest(segments.get(0));
  }

  /** {@code {name}} or {@code {name...}}: literals never hold braces. */
  private static boolean isWildcard(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }

  private static boolean isRest(String segment) {
    return segment.startsWith("{") && segment.endsWith("...}");
  }

  /** {@code "/"} has no segments, {@code "/v1/books"} has two. */
  private static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    if (path.length() > 1) {
      int start = 1;
      for (int slash; (slash = path.indexOf('/', start)) >= 0; start = slash + 1) {
        segments.add(path.substring(start, slash));
      }
      segments.add(path.substring(start));
    }
    return segments;
  }
}
