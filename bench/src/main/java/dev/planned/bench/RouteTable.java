package dev.planned.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The GitHub API route table of julienschmidt/go-http-routing-benchmark, read from {@code
 * github-api.routes}, and the one extra route every contender serves as planned.
 */
public final class RouteTable {
  /** How many routes the Go benchmark's table has. */
  public static final int SIZE = 203;

  /**
   * The endpoint the HTTP benchmarks ask for as "planned": a catch-all route the Go table leaves
   * out (most Go routers could not serve it beside the others). It is not one of the 203.
   */
  public static final GoRoute PLANNED =
      GoRoute.parse(SIZE, "GET /repos/:owner/:repo/contents/*path");

  /** The implemented route the HTTP benchmarks ask for: three wildcards deep in the table. */
  public static final String HTTP_IMPLEMENTED_PATH = "/repos/octocat/hello-world/pulls/1347";

  /** The planned route's request path in the HTTP benchmarks. */
  public static final String HTTP_PLANNED_PATH = "/repos/octocat/hello-world/contents/src/main.c";

  private RouteTable() {}

  /** The 203 routes, in the order of the Go table; a route's index is its position. */
  public static List<GoRoute> github() {
    List<GoRoute> routes = new ArrayList<>(SIZE);
    try (InputStream in = RouteTable.class.getResourceAsStream("github-api.routes");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          routes.add(GoRoute.parse(routes.size(), line.strip()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (routes.size() != SIZE) {
      throw new IllegalStateException(
          "The GitHub table has " + routes.size() + " routes, not " + SIZE);
    }
    return List.copyOf(routes);
  }

  /**
   * One route in the Go table's syntax: {@code :name} a wildcard of one segment, {@code *name}
   * (last) the rest of the path.
   *
   * @param index the route's position in the table, which every contender reports when it routes
   */
  public record GoRoute(int index, String method, String path, List<String> segments) {
    static GoRoute parse(int index, String line) {
      int space = line.indexOf(' ');
      String path = line.substring(space + 1);
      return new GoRoute(
          index,
          line.substring(0, space),
          path,
          List.copyOf(Arrays.asList(path.substring(1).split("/"))));
    }

    /** The wildcard names, in path order. */
    public List<String> params() {
      return segments.stream().filter(RouteTable::isWildcard).map(s -> s.substring(1)).toList();
    }

    public boolean isCatchAll() {
      return segments.get(segments.size() - 1).startsWith("*");
    }

    /**
     * The request path the benchmarks send for this route: the pattern itself, as the Go benchmark
     * does, so the value of wildcard {@code :owner} is the text {@code ":owner"}. No literal of the
     * table starts with ':', so every request has exactly one matching route, and every wildcard
     * value differs from the others of its route: a router that binds the wrong segment is caught.
     */
    public String requestPath() {
      return path;
    }

    /** The wildcard values a correct router binds for {@link #requestPath()}, in path order. */
    public List<String> expectedValues() {
      return params().stream().map(name -> ":" + name).toList();
    }

    /** The path in Planned's syntax: {@code {name}} and {@code {name...}}. */
    public String plannedPath() {
      return convert("{%s}", "{%s...}");
    }

    /** The path in JAX-RS's syntax, relative to the application root. */
    public String jaxRsPath() {
      return convert("{%s}", "{%s: .+}").substring(1);
    }

    /** The path in Spring's PathPattern syntax. */
    public String springPattern() {
      return convert("{%s}", "{*%s}");
    }

    private String convert(String wildcard, String catchAll) {
      StringBuilder out = new StringBuilder();
      for (String segment : segments) {
        out.append('/');
        if (segment.startsWith(":")) {
          out.append(String.format(wildcard, segment.substring(1)));
        } else if (segment.startsWith("*")) {
          out.append(String.format(catchAll, segment.substring(1)));
        } else {
          out.append(segment);
        }
      }
      return out.toString();
    }

    /**
     * A Java method name unique in the table: the method, then each segment, a wildcard as "By" and
     * its name: {@code GET /repos/:owner/:repo/pulls} is {@code getReposByOwnerByRepoPulls}.
     */
    public String javaName() {
      StringBuilder name = new StringBuilder(method.toLowerCase(java.util.Locale.ROOT));
      for (String segment : segments) {
        if (segment.startsWith(":") || segment.startsWith("*")) {
          name.append("By");
          segment = segment.substring(1);
        }
        for (String word : segment.split("_")) {
          if (!word.isEmpty()) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
          }
        }
      }
      return name.toString();
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  static boolean isWildcard(String segment) {
    return segment.startsWith(":") || segment.startsWith("*");
  }
}
