package dev.planned.processor.codegen;

import dev.planned.processor.model.EndpointModel;
import dev.planned.processor.model.Segment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The endpoints of an API as a tree of path segments, the shape of the generated {@code find}: at
 * each depth literal children are tried first, then the wildcard, then {@code {rest...}} routes.
 * Without conflicts (RouteConflicts refuses them) this order reaches the most specific matching
 * route first. Children keep declaration order, so the output is deterministic.
 */
final class RouteTree {
  /** A route ending at a node: its method and its index among the API's endpoints. */
  record Leaf(String method, int route, String pattern) {}

  final Map<String, RouteTree> literals = new LinkedHashMap<>();
  RouteTree wildcard;

  /** Routes whose path ends exactly here. */
  final List<Leaf> ends = new ArrayList<>();

  /** Routes whose {@code {rest...}} wildcard starts here. */
  final List<Leaf> rests = new ArrayList<>();

  static RouteTree of(List<EndpointModel> endpoints) {
    RouteTree root = new RouteTree();
    for (int index = 0; index < endpoints.size(); index++) {
      EndpointModel endpoint = endpoints.get(index);
      Leaf leaf = new Leaf(endpoint.pattern().method(), index, endpoint.pattern().toString());
      RouteTree node = root;
      boolean rest = false;
      for (Segment segment : endpoint.pattern().segments()) {
        if (segment instanceof Segment.Literal literal) {
          node = node.literals.computeIfAbsent(literal.text(), text -> new RouteTree());
        } else if (segment instanceof Segment.Wildcard) {
          if (node.wildcard == null) {
            node.wildcard = new RouteTree();
          }
          node = node.wildcard;
        } else {
          rest = true;
        }
      }
      (rest ? node.rests : node.ends).add(leaf);
    }
    return root;
  }

  /** How many routes end at or below this node. */
  int routeCount() {
    int count = ends.size() + rests.size() + (wildcard == null ? 0 : wildcard.routeCount());
    for (RouteTree child : literals.values()) {
      count += child.routeCount();
    }
    return count;
  }

  /** Whether only {@code {rest...}} routes start here: nothing ends here, no segment follows. */
  boolean hasRestsOnly() {
    return ends.isEmpty() && literals.isEmpty() && wildcard == null && !rests.isEmpty();
  }

  boolean hasChildren() {
    return !literals.isEmpty() || wildcard != null || !rests.isEmpty();
  }
}
