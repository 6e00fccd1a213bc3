package dev.planned.processor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A model of Go 1.22's {@code ServeMux} routing rules for the patterns Planned accepts, written
 * from Go's definitions rather than from Planned's code, so that the two can disagree:
 *
 * <ul>
 *   <li>a request path is Go's list of segments: what follows each {@code /}, so {@code /} is one
 *       empty segment and {@code /a/} is {@code a} and an empty one ({@code routing_tree.go},
 *       {@code firstSegment}, {@code matchPath});
 *   <li>a literal matches its text, {@code {name}} one non-empty segment, {@code {name...}} all
 *       that is left, one segment or more, joined by {@code /}; Planned's root pattern {@code /} is
 *       Go's {@code /{$}}: exactly the path {@code /};
 *   <li>a pattern is more specific than another when it matches a strict subset of its requests,
 *       and two patterns conflict when they match the same requests, or overlap with neither more
 *       specific ({@code pattern.go}, {@code conflictsWith}). A GET pattern matches HEAD requests
 *       too ({@code compareMethods}). Relations are decided here by brute force, on every request
 *       that can tell two patterns apart ({@link #witnesses}), not by Go's structural {@code
 *       comparePaths};
 *   <li>a request is answered by the most specific pattern of its method, or for HEAD, of GET
 *       ({@code matchMethodAndPath}); when none matches but some pattern matches the path, 405 with
 *       {@code Allow} ({@code matchingMethods}); else 404. Patterns with dot segments never match,
 *       and Go refuses them ({@code parsePattern}: "unclean path can never match").
 * </ul>
 *
 * <p>Where Planned adds to Go, as its README says: a method no pattern declares is 501 before the
 * path is looked at; OPTIONS on a known path is 204 with {@code Allow}; {@code Allow} also lists
 * OPTIONS, and lists a method only where a request with it would reach an implemented endpoint (a
 * planned one answers 501 itself).
 */
final class GoServeMuxModel {
  private final List<Route> routes;
  private final List<List<String>> witnesses;

  /** The model of one API with these routes. */
  GoServeMuxModel(List<Route> routes) {
    this.routes = List.copyOf(routes);
    this.witnesses = witnesses(routes);
  }

  /** The methods requests are made with: the patterns' and some no pattern declares. */
  static final List<String> REQUEST_METHODS = List.of("GET", "HEAD", "POST", "PUT", "OPTIONS");

  /** One route: method, full path pattern (Planned syntax), planned or implemented. */
  record Route(String method, String path, boolean planned) {
    List<String> segments() {
      return path.equals("/") ? List.of() : List.of(path.substring(1).split("/", -1));
    }

    boolean hasDotSegment() {
      return segments().stream().anyMatch(s -> s.equals(".") || s.equals(".."));
    }

    /** Whether a request with this method is one this route's method serves. */
    boolean serves(String requestMethod) {
      return method.equals(requestMethod) || method.equals("GET") && requestMethod.equals("HEAD");
    }

    @Override
    public String toString() {
      return method + " " + path + (planned ? " (planned)" : "");
    }
  }

  /** What a request gets: status, the answering route and its wildcard values, {@code Allow}. */
  record Answer(int status, Route route, List<String> values, Set<String> allow) {
    static Answer of(int status) {
      return new Answer(status, null, List.of(), Set.of());
    }
  }

  /** Go's segments of a request path: {@code "/"} is one empty segment. */
  static List<String> goSegments(String requestPath) {
    return List.of(requestPath.substring(1).split("/", -1));
  }

  /** The wildcard values if the route's path matches these request segments. */
  static Optional<List<String>> match(Route route, List<String> request) {
    if (route.hasDotSegment()) {
      return Optional.empty(); // Go: an unclean pattern can never match a cleaned path
    }
    List<String> pattern = route.segments();
    if (pattern.isEmpty()) { // Go's /{$}
      return request.equals(List.of("")) ? Optional.of(List.of()) : Optional.empty();
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i < pattern.size(); i++) {
      String p = pattern.get(i);
      if (p.endsWith("...}")) {
        if (i >= request.size()) {
          return Optional.empty();
        }
        values.add(String.join("/", request.subList(i, request.size())));
        return Optional.of(values);
      }
      if (i >= request.size()) {
        return Optional.empty();
      }
      String segment = request.get(i);
      if (p.startsWith("{")) {
        if (segment.isEmpty()) {
          return Optional.empty();
        }
        values.add(segment);
      } else if (!p.equals(segment)) {
        return Optional.empty();
      }
    }
    return request.size() == pattern.size() ? Optional.of(values) : Optional.empty();
  }

  static boolean matches(Route route, String method, List<String> request) {
    return route.serves(method) && match(route, request).isPresent();
  }

  /**
   * Every request path that can tell two of these routes apart: segments drawn from their literals,
   * one text none of them has, and the empty segment, up to one segment longer than the longest
   * pattern (beyond that only {@code {rest...}} matches, the same way at any length).
   */
  private static List<List<String>> witnesses(List<Route> routes) {
    Set<String> alphabet = new LinkedHashSet<>();
    int longest = 0;
    for (Route route : routes) {
      for (String segment : route.segments()) {
        if (!segment.startsWith("{")) {
          alphabet.add(segment);
        }
      }
      longest = Math.max(longest, route.segments().size());
    }
    alphabet.add("zz");
    alphabet.add("");
    List<List<String>> paths = new ArrayList<>();
    List<List<String>> ofLength = List.of(List.of());
    for (int length = 1; length <= longest + 1; length++) {
      List<List<String>> longer = new ArrayList<>();
      for (List<String> prefix : ofLength) {
        for (String segment : alphabet) {
          List<String> path = new ArrayList<>(prefix);
          path.add(segment);
          longer.add(List.copyOf(path));
        }
      }
      paths.addAll(longer);
      ofLength = longer;
    }
    return paths;
  }

  /**
   * Go's {@code comparePaths}, decided by brute force over the request paths: {@code disjoint},
   * {@code equivalent}, {@code moreSpecific} ({@code a} matches a strict subset of {@code b}'s
   * paths), {@code moreGeneral} or {@code overlaps}, as Go names them.
   */
  static String comparePaths(String a, String b) {
    Route first = new Route("GET", a, false);
    Route second = new Route("GET", b, false);
    boolean both = false;
    boolean onlyFirst = false;
    boolean onlySecond = false;
    for (List<String> path : witnesses(List.of(first, second))) {
      boolean inFirst = match(first, path).isPresent();
      boolean inSecond = match(second, path).isPresent();
      both |= inFirst && inSecond;
      onlyFirst |= inFirst && !inSecond;
      onlySecond |= inSecond && !inFirst;
    }
    if (!both) {
      return "disjoint";
    }
    if (onlyFirst == onlySecond) {
      return onlyFirst ? "overlaps" : "equivalent";
    }
    return onlySecond ? "moreSpecific" : "moreGeneral";
  }

  /** The routes, in declaration order. */
  List<Route> routes() {
    return routes;
  }

  /**
   * The request paths worth asking about: the {@link #witnesses} of these routes, as Go's segments
   * ({@code [""]} is {@code /}).
   */
  List<List<String>> requestPaths() {
    return witnesses;
  }

  /** Whether Go refuses to register these two routes together. */
  static boolean conflict(Route a, Route b) {
    return conflict(a, b, witnesses(List.of(a, b)));
  }

  private static boolean conflict(Route a, Route b, List<List<String>> witnesses) {
    boolean both = false;
    boolean onlyA = false;
    boolean onlyB = false;
    for (String method : REQUEST_METHODS) {
      for (List<String> path : witnesses) {
        boolean inA = matches(a, method, path);
        boolean inB = matches(b, method, path);
        both |= inA && inB;
        onlyA |= inA && !inB;
        onlyB |= inB && !inA;
      }
    }
    return both && (onlyA == onlyB); // the same requests, or overlapping with neither inside
  }

  /** Whether the routes cannot be served together: a dot segment, or two that conflict. */
  boolean refused() {
    if (routes.stream().anyMatch(Route::hasDotSegment)) {
      return true;
    }
    for (int i = 0; i < routes.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (conflict(routes.get(i), routes.get(j), witnesses)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The answer to a request, for routes that are not {@link #refused}. */
  Answer answer(String method, String requestPath) {
    Set<String> supported = new LinkedHashSet<>();
    routes.forEach(route -> supported.add(route.method()));
    if (supported.contains("GET")) {
      supported.add("HEAD");
    }
    supported.add("OPTIONS");
    if (!supported.contains(method)) {
      return Answer.of(501);
    }
    List<String> path = goSegments(requestPath);
    Route route = mostSpecific(method, path);
    if (route != null) {
      return new Answer(
          route.planned() ? 501 : 200, route, match(route, path).orElseThrow(), Set.of());
    }
    if (routes.stream().noneMatch(r -> match(r, path).isPresent())) {
      return Answer.of(404);
    }
    Set<String> allow = new LinkedHashSet<>();
    for (String other : supported) {
      Route answering = mostSpecific(other, path);
      if (answering != null && !answering.planned()) {
        allow.add(other);
      }
    }
    allow.add("OPTIONS");
    return new Answer(method.equals("OPTIONS") ? 204 : 405, null, List.of(), allow);
  }

  /**
   * Go's {@code matchMethodAndPath}: the most specific route of the method, else for HEAD of GET.
   * Among routes that do not conflict, one matching a request is more specific than each other one
   * that does: it matches no request they do not.
   */
  private Route mostSpecific(String method, List<String> path) {
    Route found = mostSpecificOfMethod(method, path);
    return found == null && method.equals("HEAD") ? mostSpecificOfMethod("GET", path) : found;
  }

  private Route mostSpecificOfMethod(String method, List<String> path) {
    List<Route> candidates =
        routes.stream()
            .filter(route -> route.method().equals(method) && match(route, path).isPresent())
            .toList();
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    for (Route candidate : candidates) {
      boolean insideAll =
          candidates.stream()
              .allMatch(
                  other ->
                      other == candidate
                          || witnesses.stream()
                              .noneMatch(
                                  w ->
                                      match(candidate, w).isPresent()
                                          && match(other, w).isEmpty()));
      if (insideAll) {
        return candidate;
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    throw new AssertionError("no most specific route among " + candidates + " for " + path);
  }
}
