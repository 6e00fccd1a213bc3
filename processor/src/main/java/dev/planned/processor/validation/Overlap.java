package dev.planned.processor.validation;

import dev.planned.processor.model.PathPattern;
import dev.planned.processor.model.Segment;
import java.util.List;

/**
 * How the request paths two patterns match relate, as in Go 1.22's ServeMux: one pattern is more
 * specific than another when it matches a strict subset of its paths. Two patterns of one method
 * that overlap where neither is more specific (or that match the very same paths) cannot both be
 * served, because no rule picks one for the paths they share.
 */
public final class Overlap {
  /** The relation of pattern {@code a} to pattern {@code b}. */
  public enum Relation {
    /** No path matches both. */
    DISJOINT,
    /** Both match exactly the same paths. */
    EQUIVALENT,
    /** {@code a} matches a strict subset of {@code b}'s paths: {@code a} wins where both match. */
    MORE_SPECIFIC,
    /** {@code b} is more specific. */
    MORE_GENERAL,
    /** Some paths match both, and each matches paths the other does not. */
    CONFLICT
  }

  private Overlap() {}

  /** Compares the paths of two patterns; their methods are the caller's business. */
  public static Relation compare(PathPattern a, PathPattern b) {
    List<Segment> x = a.segments();
    List<Segment> y = b.segments();
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
      Segment s = x.get(i);
      Segment t = y.get(i);
      if (s instanceof Segment.Rest && t instanceof Segment.Rest) {
        break;
      }
      if (t instanceof Segment.Rest) {
        aNarrower = true; // a's remainder is one of the remainders b's {rest...} takes
        break;
      }
      if (s instanceof Segment.Rest) {
        bNarrower = true;
        break;
      }
      if (s instanceof Segment.Literal sl && t instanceof Segment.Literal tl) {
        if (!sl.text().equals(tl.text())) {
          return Relation.DISJOINT;
        }
      } else if (s instanceof Segment.Literal) {
        aNarrower = true;
      } else if (t instanceof Segment.Literal) {
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
   * A path both patterns match, for messages: literals where either has one, {@code anything}
   * for wildcards. Only meaningful when the patterns are not {@link Relation#DISJOINT}.
   */
  public static String sharedPath(PathPattern a, PathPattern b) {
    List<Segment> longer = a.segments().size() >= b.segments().size() ? a.segments() : b.segments();
    List<Segment> shorter = longer == a.segments() ? b.segments() : a.segments();
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < longer.size(); i++) {
      Segment s = longer.get(i);
      Segment t = i < shorter.size() ? shorter.get(i) : null;
      path.append('/');
      if (s instanceof Segment.Literal literal) {
        path.append(literal.text());
      } else if (t instanceof Segment.Literal literal) {
        path.append(literal.text());
      } else {
        path.append("anything");
      }
    }
    return path.length() == 0 ? "/" : path.toString();
  }
}
