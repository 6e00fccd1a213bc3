package dev.planned.processor.validation;

import dev.planned.internal.RouteOverlap;
import dev.planned.processor.model.Segment;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The routes of an API added so far, indexed by their segments so that the few a new route may
 * overlap are found without comparing it with every one of a thousand: Go's {@code routingIndex}
 * ({@code net/http/routing_index.go}). It only narrows the search; {@link RouteOverlap} decides.
 *
 * <p>Why the narrowing is safe: a route without a rest wildcard matches paths of exactly its number
 * of segments. So a route can only overlap one that ends in a rest wildcard, or one that holds, at
 * any position where it has a literal (before its own rest wildcard), the same literal or a
 * wildcard. Of its literal positions, the one with the fewest such routes is used. A route with no
 * literal before any rest (such as {@code /{id}} or {@code /}) may overlap any route.
 *
 * <p>Routes are numbered in the order they are added, and a query answers a set of those numbers,
 * so the caller meets them in declaration order: the diagnostics name the same earlier route as
 * comparing every pair would.
 */
final class PossibleOverlaps {
  /** A position in a path and the literal there, or {@code null} for a wildcard. */
  private record Key(int position, String literal) {}

  private final Map<Key, BitSet> byPosition = new HashMap<>();

  /** The routes without a rest wildcard. */
  private final BitSet exact = new BitSet();

  /** The routes that end in a rest wildcard: one may overlap routes of any length. */
  private final BitSet endingInRest = new BitSet();

  /** Adds route number {@code route}, of these segments. */
  void add(int route, List<Segment> segments) {
    if (!segments.isEmpty() && segments.get(segments.size() - 1) instanceof Segment.Rest) {
      endingInRest.set(route);
      return;
    }
    exact.set(route);
    for (int position = 0; position < segments.size(); position++) {
      byPosition
          .computeIfAbsent(new Key(position, literal(segments.get(position))), key -> new BitSet())
          .set(route);
    }
  }

  /** The numbers of the routes added so far that a route of these segments may overlap. */
  BitSet mayOverlap(List<Segment> segments) {
    BitSet fewest = null;
    for (int position = 0; position < segments.size(); position++) {
      Segment segment = segments.get(position);
      if (segment instanceof Segment.Rest) {
        break;
      }
      if (segment instanceof Segment.Literal literal) {
        BitSet here = copy(byPosition.get(new Key(position, literal.text())));
        here.or(copy(byPosition.get(new Key(position, null))));
        if (fewest == null || here.cardinality() < fewest.cardinality()) {
          fewest = here;
        }
      }
    }
    BitSet routes = fewest == null ? copy(exact) : fewest;
    routes.or(endingInRest);
    return routes;
  }

  private static String literal(Segment segment) {
    return segment instanceof Segment.Literal literal ? literal.text() : null;
  }

  private static BitSet copy(BitSet routes) {
    return routes == null ? new BitSet() : (BitSet) routes.clone();
  }
}
