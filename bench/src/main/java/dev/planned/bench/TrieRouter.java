package dev.planned.bench;

import dev.planned.bench.RouteTable.GoRoute;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The hand-written contender: the router a performance-minded engineer writes for one table, the
 * practical upper bound for Planned. A trie of path segments in the style of httprouter: each node
 * finds a literal child through its own small hash table, hashing the segment where it lies in the
 * path, so matching allocates nothing; a literal beats a wildcard, which beats a catch-all, and a
 * dead end backtracks, which gives the same "most specific wins" answers as Planned. Only the
 * wildcard values, once a route is found, are cut out of the path (and percent-decoded if they need
 * it).
 *
 * @param <H> what the router finds for a route: an endpoint, a handler
 */
public final class TrieRouter<H> {
  /** The methods of the table, each an index into a node's routes. */
  private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH");

  private static final String[] NONE = new String[0];

  private final Node<H> root = new Node<>();

  /** A router for these routes; {@code handlerOf} gives each route's handler. */
  public TrieRouter(List<GoRoute> routes, Function<GoRoute, H> handlerOf) {
    for (GoRoute route : routes) {
      add(route, handlerOf.apply(route));
    }
    root.freeze();
  }

  /** A route found for a request: its handler, and where its wildcards lie. */
  public static final class Match<H> {
    public final H handler;
    public final GoRoute route;

    /** The positions of the wildcard segments; the last may be a catch-all. */
    private final int[] wildcardSegments;

    Match(H handler, GoRoute route) {
      this.handler = handler;
      this.route = route;
      List<Integer> positions = new ArrayList<>();
      for (int i = 0; i < route.segments().size(); i++) {
        if (RouteTable.isWildcard(route.segments().get(i))) {
          positions.add(i);
        }
      }
      this.wildcardSegments = positions.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The wildcard values of a path this route matched, decoded, in path order. */
    public String[] values(String path) {
      if (wildcardSegments.length == 0) {
        return NONE;
      }
      String[] values = new String[wildcardSegments.length];
      int segment = 0;
      int next = 0;
      int start = 1;
      while (next < values.length) {
        int end = path.indexOf('/', start);
        if (end < 0) {
          end = path.length();
        }
        if (segment == wildcardSegments[next]) {
          boolean rest = next == values.length - 1 && route.isCatchAll();
          values[next++] = rest ? decodeRest(path, start) : decode(path, start, end);
        }
        segment++;
        start = end + 1;
      }
      return values;
    }
  }

  /** The route for a method and a raw path, or null. */
  public Match<H> find(String method, String rawPath) {
    int m = METHODS.indexOf(method);
    if (m < 0 || rawPath.isEmpty() || rawPath.charAt(0) != '/') {
      return null;
    }
    return find(root, rawPath, 1, m);
  }

  private Match<H> find(Node<H> node, String path, int start, int method) {
    if (start > path.length()) {
      return node.routes[method];
    }
    int end = path.indexOf('/', start);
    if (end < 0) {
      end = path.length();
    }
    Node<H> literal = node.literal(path, start, end);
    if (literal != null) {
      Match<H> found = find(literal, path, end + 1, method);
      if (found != null) {
        return found;
      }
    }
    if (end > start) {
      if (node.wildcard != null) {
        Match<H> found = find(node.wildcard, path, end + 1, method);
        if (found != null) {
          return found;
        }
      }
      if (node.catchAll != null) {
        return node.catchAll.routes[method];
      }
    }
    return null;
  }

  private void add(GoRoute route, H handler) {
    Node<H> node = root;
    for (String segment : route.segments()) {
      if (segment.startsWith(":")) {
        node = node.wildcard == null ? (node.wildcard = new Node<>()) : node.wildcard;
      } else if (segment.startsWith("*")) {
        node = node.catchAll == null ? (node.catchAll = new Node<>()) : node.catchAll;
      } else {
        node = node.literalChild(segment);
      }
    }
    int m = METHODS.indexOf(route.method());
    if (node.routes[m] != null) {
      throw new IllegalArgumentException(route + " duplicates " + node.routes[m].route);
    }
    node.routes[m] = new Match<>(handler, route);
  }

  private static final class Node<H> {
    @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array
    final Match<H>[] routes = new Match[METHODS.size()];

    final List<String> literalNames = new ArrayList<>();
    final List<Node<H>> literalNodes = new ArrayList<>();
    Node<H> wildcard;
    Node<H> catchAll;
    // open addressing, built by freeze(): a power-of-two table at most half full
    String[] keys;
    Node<H>[] children;
    int mask;

    Node<H> literalChild(String name) {
      int i = literalNames.indexOf(name);
      if (i >= 0) {
        return literalNodes.get(i);
      }
      Node<H> child = new Node<>();
      literalNames.add(name);
      literalNodes.add(child);
      return child;
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array
    void freeze() {
      int size = Integer.highestOneBit(Math.max(1, literalNames.size()) * 2) * 2;
      keys = new String[size];
      children = new Node[size];
      mask = size - 1;
      for (int i = 0; i < literalNames.size(); i++) {
        String name = literalNames.get(i);
        int slot = name.hashCode() & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = name;
        children[slot] = literalNodes.get(i);
        literalNodes.get(i).freeze();
      }
      if (wildcard != null) {
        wildcard.freeze();
      }
      if (catchAll != null) {
        catchAll.freeze();
      }
    }

    /** The literal child named by path[start, end), without cutting the segment out. */
    Node<H> literal(String path, int start, int end) {
      int hash = 0;
      for (int i = start; i < end; i++) {
        char ch = path.charAt(i);
        if (ch == '%') { // rare: look the decoded segment up instead
          String decoded = decode(path, start, end);
          return decoded == null ? null : probe(decoded, 0, decoded.length(), decoded.hashCode());
        }
        hash = 31 * hash + ch; // String.hashCode, over the region
      }
      return probe(path, start, end, hash);
    }

    private Node<H> probe(String path, int start, int end, int hash) {
      int length = end - start;
      for (int slot = hash & mask; keys[slot] != null; slot = (slot + 1) & mask) {
        String key = keys[slot];
        if (key.length() == length && path.regionMatches(start, key, 0, length)) {
          return children[slot];
        }
      }
      return null;
    }
  }

  private static String decode(String path, int start, int end) {
    String raw = path.substring(start, end);
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    try { // '+' is a plus in a path, not the space URLDecoder makes of it
      return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return null;
    }
  }

  private static String decodeRest(String path, int start) {
    String[] segments = path.substring(start).split("/", -1);
    String[] decoded =
        Arrays.stream(segments).map(s -> decode(s, 0, s.length())).toArray(String[]::new);
    return String.join("/", decoded);
  }
}
