package dev.planned.processor.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planned.internal.RouteOverlap;
import dev.planned.processor.model.PathPattern;
import dev.planned.processor.model.Segment;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The index may only leave out routes that cannot overlap: checked against {@link RouteOverlap}
 * over random routes drawn from few literals, so that overlaps of every kind are common.
 */
class PossibleOverlapsTest {
  private static final String[] METHODS = {"GET", "HEAD", "POST"};

  @Test
  void leavesOutOnlyRoutesThatCannotOverlap() {
    Random random = new Random(12);
    for (int set = 0; set < 300; set++) {
      List<PathPattern> routes = new ArrayList<>();
      PossibleOverlaps index = new PossibleOverlaps();
      for (int j = 0; j < 30; j++) {
        PathPattern route = route(random);
        BitSet mayOverlap = index.mayOverlap(route.segments());
        for (int i = 0; i < j; i++) {
          PathPattern earlier = routes.get(i);
          RouteOverlap.Relation relation =
              RouteOverlap.compare(route.method(), route.path(), earlier.method(), earlier.path());
          assertTrue(
              relation == RouteOverlap.Relation.DISJOINT || mayOverlap.get(i),
              route + " overlaps " + earlier + " (" + relation + ") but was left out");
        }
        assertEquals(-1, mayOverlap.nextSetBit(j), "only earlier routes");
        index.add(j, route.segments());
        routes.add(route);
      }
    }
  }

  @Test
  void narrowsByTheRarestLiteral() {
    PossibleOverlaps index = new PossibleOverlaps();
    for (int i = 0; i < 100; i++) {
      index.add(i, segments("api", "resource" + i, "{id}"));
    }
    index.add(100, List.of(new Segment.Literal("api"), new Segment.Rest("path")));
    BitSet mayOverlap = index.mayOverlap(segments("api", "resource7", "{x}"));
    assertEquals("{7, 100}", mayOverlap.toString());
  }

  private static PathPattern route(Random random) {
    List<Segment> segments = new ArrayList<>();
    int length = random.nextInt(4);
    for (int position = 0; position < length; position++) {
      int kind = random.nextInt(5);
      boolean last = position == length - 1;
      segments.add(
          kind == 0
              ? new Segment.Wildcard("w" + position)
              : kind == 1 && last
                  ? new Segment.Rest("rest")
                  : new Segment.Literal(random.nextBoolean() ? "a" : "b"));
    }
    return new PathPattern(METHODS[random.nextInt(METHODS.length)], segments);
  }

  private static List<Segment> segments(String... texts) {
    List<Segment> segments = new ArrayList<>();
    for (String text : texts) {
      segments.add(
          text.startsWith("{")
              ? new Segment.Wildcard(text.substring(1, text.length() - 1))
              : new Segment.Literal(text));
    }
    return segments;
  }
}
