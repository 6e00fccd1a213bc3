package dev.planned.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.planned.processor.Compilations.compile;
import static dev.planned.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.planned.Dispatcher;
import dev.planned.Request;
import dev.planned.Response;
import dev.planned.internal.RouteOverlap;
import dev.planned.processor.GoServeMuxModel.Answer;
import dev.planned.processor.GoServeMuxModel.Route;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Go's own test tables ({@code pattern_test.go}, {@code routing_tree_test.go}), translated to
 * Planned's syntax where Planned can say the same: against the model the property test trusts
 * ({@link GoServeMuxModel}), against the one owner of route overlap ({@link RouteOverlap}), and
 * against generated dispatchers.
 */
class GoTablesTest {
  private static final Map<String, RouteOverlap.Relation> GO_RELATIONS =
      Map.of(
          "disjoint", RouteOverlap.Relation.DISJOINT,
          "equivalent", RouteOverlap.Relation.EQUIVALENT,
          "moreSpecific", RouteOverlap.Relation.MORE_SPECIFIC,
          "moreGeneral", RouteOverlap.Relation.MORE_GENERAL,
          "overlaps", RouteOverlap.Relation.CONFLICT);

  private static final Map<String, String> INVERSE =
      Map.of(
          "disjoint",
          "disjoint",
          "equivalent",
          "equivalent",
          "overlaps",
          "overlaps",
          "moreSpecific",
          "moreGeneral",
          "moreGeneral",
          "moreSpecific");

  @Test
  void comparePathsAsGoTestsIt() throws IOException {
    int checked = 0;
    for (String[] row : rows("comparePaths")) {
      String a = plannedPath(row[0]);
      String b = plannedPath(row[1]);
      if (a == null || b == null) {
        continue;
      }
      String want = row[2];
      String inverse = INVERSE.get(want);
      assertWithMessage("model: %s vs %s (Go: %s vs %s)", a, b, row[0], row[1])
          .that(GoServeMuxModel.comparePaths(a, b))
          .isEqualTo(want);
      assertWithMessage("model: %s vs %s", b, a)
          .that(GoServeMuxModel.comparePaths(b, a))
          .isEqualTo(inverse);
      assertWithMessage("RouteOverlap: %s vs %s (Go: %s vs %s)", a, b, row[0], row[1])
          .that(RouteOverlap.comparePaths(a, b))
          .isEqualTo(GO_RELATIONS.get(want));
      assertWithMessage("RouteOverlap: %s vs %s", b, a)
          .that(RouteOverlap.comparePaths(b, a))
          .isEqualTo(GO_RELATIONS.get(inverse));
      checked++;
    }
    // 79 of 109 rows: the others have a {$} after a segment, a path ending in "/" that Planned
    // cannot write
    assertThat(checked).isEqualTo(79);
  }

  @Test
  void conflictsWithAsGoTestsIt() throws IOException {
    int checked = 0;
    for (String[] row : rows("conflictsWith")) {
      String[] first = row[0].split(" ");
      String[] second = row[1].split(" ");
      if (first.length != second.length) {
        continue; // a pattern for every method beside one for one method: Planned has no such
      }
      String methodA = first.length == 2 ? first[0] : "GET";
      String methodB = second.length == 2 ? second[0] : "GET";
      String a = plannedPath(first[first.length - 1]);
      String b = plannedPath(second[second.length - 1]);
      if (a == null || b == null) {
        continue;
      }
      boolean want = Boolean.parseBoolean(row[2]);
      Route routeA = new Route(methodA, a, false);
      Route routeB = new Route(methodB, b, false);
      assertWithMessage("model: %s vs %s", routeA, routeB)
          .that(GoServeMuxModel.conflict(routeA, routeB))
          .isEqualTo(want);
      assertWithMessage("model: %s vs %s", routeB, routeA)
          .that(GoServeMuxModel.conflict(routeB, routeA))
          .isEqualTo(want);
      assertWithMessage("RouteOverlap: %s vs %s", routeA, routeB)
          .that(RouteOverlap.conflict(methodA, a, methodB, b))
          .isEqualTo(want);
      assertWithMessage("RouteOverlap: %s vs %s", routeB, routeA)
          .that(RouteOverlap.conflict(methodB, b, methodA, a))
          .isEqualTo(want);
      checked++;
    }
    assertThat(checked).isAtLeast(15);
  }

  /**
   * TestRoutingNodeMatch's trees and requests. Go's {@code /a/b/{$}} is left out of the first tree,
   * so {@code /a/b/} goes to {@code /a/b/{x...}}; patterns without a method are GET ones.
   */
  @Test
  void routingAsGoTestsIt() throws ReflectiveOperationException {
    List<String> first =
        List.of(
            "GET /a",
            "GET /a/b",
            "GET /a/{x}",
            "GET /g/h/i",
            "GET /g/{x}/j",
            "GET /a/b/{x...}",
            "GET /a/b/{y}");
    assertRouted(first, "GET", "/a", "GET /a");
    assertRouted(first, "GET", "/b", null);
    assertRouted(first, "GET", "/a/b", "GET /a/b");
    assertRouted(first, "GET", "/a/c", "GET /a/{x}", "c");
    assertRouted(first, "GET", "/a/b/", "GET /a/b/{x...}", "");
    assertRouted(first, "GET", "/a/b/c", "GET /a/b/{y}", "c");
    assertRouted(first, "GET", "/a/b/c/d", "GET /a/b/{x...}", "c/d");
    assertRouted(first, "GET", "/g/h/i", "GET /g/h/i");
    assertRouted(first, "GET", "/g/h/j", "GET /g/{x}/j", "h");

    List<String> items =
        List.of(
            "POST /item/{user}",
            "GET /item/{user}",
            "GET /item/{user}/{id}",
            "GET /item/{user}/new",
            "GET /headwins",
            "HEAD /headwins",
            "GET /path/{p...}");
    assertRouted(items, "GET", "/item/jba", "GET /item/{user}", "jba");
    assertRouted(items, "POST", "/item/jba", "POST /item/{user}", "jba");
    assertRouted(items, "HEAD", "/item/jba", "GET /item/{user}", "jba");
    assertRouted(items, "GET", "/item/jba/17", "GET /item/{user}/{id}", "jba", "17");
    assertRouted(items, "GET", "/item/jba/new", "GET /item/{user}/new", "jba");
    assertRouted(items, "GET", "/item", null);
    assertRouted(items, "GET", "/headwins", "GET /headwins");
    assertRouted(items, "HEAD", "/headwins", "HEAD /headwins"); // HEAD is more specific than GET
    assertRouted(items, "GET", "/path/to/file", "GET /path/{p...}", "to/file");
    assertRouted(items, "GET", "/path/*", "GET /path/{p...}", "*");

    List<String> single = List.of("GET /a/b/{w}");
    assertRouted(single, "GET", "/a/b", null);
    assertRouted(single, "GET", "/a/b/", null);
    assertRouted(single, "GET", "/a/b/c", "GET /a/b/{w}", "c");
    assertRouted(single, "GET", "/a/b/c/d", null);

    List<String> multi = List.of("GET /a/b/{w...}");
    assertRouted(multi, "GET", "/a/b", null);
    assertRouted(multi, "GET", "/a/b/", "GET /a/b/{w...}", "");
    assertRouted(multi, "GET", "/a/b/c", "GET /a/b/{w...}", "c");
    assertRouted(multi, "GET", "/a/b/c/d", "GET /a/b/{w...}", "c/d");
  }

  /** TestMatchingMethods: what {@code Allow} lists on a path no route of the method matches. */
  @Test
  void allowAsGoTestsIt() throws ReflectiveOperationException {
    // Go's "POST /" and "GET /" match every path: Planned's /{p...}
    assertAllow(List.of("POST /{p...}"), "/foo", "POST, OPTIONS");
    assertAllow(List.of("GET /{p...}", "PUT /x"), "/foo", "GET, HEAD, OPTIONS");
    assertAllow(List.of("GET /{p...}", "POST /foo/{x}"), "/foo/bar", "GET, HEAD, POST, OPTIONS");
  }

  private static void assertRouted(
      List<String> patterns, String method, String path, String wantPattern, String... wantValues)
      throws ReflectiveOperationException {
    List<Route> routes = patterns.stream().map(GoTablesTest::route).toList();
    Answer modelled = new GoServeMuxModel(routes).answer(method, path);
    String where = method + " " + path + " among " + patterns;
    if (wantPattern == null) {
      assertWithMessage("model: %s", where).that(modelled.route()).isNull();
    } else {
      assertWithMessage("model: %s", where).that(modelled.route()).isEqualTo(route(wantPattern));
      assertWithMessage("model: %s", where)
          .that(modelled.values())
          .containsExactlyElementsIn(wantValues)
          .inOrder();
    }
    Response response = dispatcher(patterns).dispatch(Request.of(method, path));
    if (wantPattern == null) {
      assertWithMessage("%s: status", where).that(response.status()).isNotEqualTo(200);
    } else if (method.equals("HEAD")) {
      assertWithMessage("%s: status", where).that(response.status()).isEqualTo(200);
      assertWithMessage("%s: Content-Length", where)
          .that(response.header("Content-Length").orElse(null))
          .isEqualTo(Integer.toString(bodyOf(patterns.indexOf(wantPattern), wantValues).length()));
    } else {
      assertWithMessage("%s", where)
          .that(response.bodyText())
          .isEqualTo(bodyOf(patterns.indexOf(wantPattern), wantValues));
    }
  }

  private static void assertAllow(List<String> patterns, String path, String allow)
      throws ReflectiveOperationException {
    Response response = dispatcher(patterns).dispatch(Request.of("OPTIONS", path));
    assertThat(response.status()).isEqualTo(204);
    assertThat(response.header("Allow").orElse(null)).isEqualTo(allow);
    List<Route> routes = patterns.stream().map(GoTablesTest::route).toList();
    assertThat(new GoServeMuxModel(routes).answer("OPTIONS", path).allow())
        .containsExactlyElementsIn(allow.split(", "));
  }

  private static String bodyOf(int route, String... values) {
    return "m" + route + (values.length == 0 ? "" : "|" + String.join("|", values));
  }

  private static Route route(String pattern) {
    int space = pattern.indexOf(' ');
    return new Route(pattern.substring(0, space), pattern.substring(space + 1), false);
  }

  /** The dispatchers compiled so far, by their patterns: a compilation takes a while. */
  private static final Map<List<String>, Dispatcher> DISPATCHERS = new HashMap<>();

  private static Dispatcher dispatcher(List<String> patterns) throws ReflectiveOperationException {
    Dispatcher compiled = DISPATCHERS.get(patterns);
    if (compiled == null) {
      compiled = compileDispatcher(patterns);
      DISPATCHERS.put(patterns, compiled);
    }
    return compiled;
  }

  /** An API of these patterns, each endpoint answering "m" + its index and what it bound. */
  private static Dispatcher compileDispatcher(List<String> patterns)
      throws ReflectiveOperationException {
    List<String> api = new ArrayList<>(List.of("public interface TableApi {"));
    List<String> impl =
        new ArrayList<>(List.of("public final class Table extends TableApiDispatcher {"));
    for (int i = 0; i < patterns.size(); i++) {
      List<String> names = new ArrayList<>();
      for (String segment : patterns.get(i).split("/")) {
        if (segment.startsWith("{")) {
          names.add(segment.replace("{", "").replace("}", "").replace("...", ""));
        }
      }
      String parameters = String.join(", ", names.stream().map(n -> "String " + n).toList());
      api.add("  @Endpoint(\"" + patterns.get(i) + "\") String m" + i + "(" + parameters + ");");
      String body =
          names.stream().map(n -> " + \"|\" + " + n).reduce("\"m" + i + "\"", String::concat);
      impl.add("  @Override public String m" + i + "(" + parameters + ") { return " + body + "; }");
    }
    api.add("}");
    impl.add("}");
    Compilation compilation =
        compile(
            source("test.TableApi", api.toArray(String[]::new)),
            source("test.Table", impl.toArray(String[]::new)));
    assertThat(compilation).succeededWithoutWarnings();
    return new GeneratedClasses(compilation).instantiate("test.Table", Dispatcher.class);
  }

  /** Go's path syntax in Planned's, or null where Planned has no equivalent. */
  static String plannedPath(String go) {
    if (go.equals("/{$}")) {
      return "/"; // exactly the root: Planned's "/"
    }
    if (go.endsWith("/{$}")) {
      return null; // a path ending in "/" only: Planned patterns never end in "/"
    }
    return go.endsWith("/") ? go + "{trailing...}" : go;
  }

  private static List<String[]> rows(String table) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = GoTablesTest.class.getResourceAsStream("/gorules/pattern_test.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.startsWith(table + " ")) {
          String row = line.substring(table.length() + 1);
          rows.add(row.contains("|") ? row.split(" \\| ") : row.split(" "));
        }
      }
    }
    assertWithMessage("rows of %s", table).that(rows).isNotEmpty();
    return rows;
  }
}
