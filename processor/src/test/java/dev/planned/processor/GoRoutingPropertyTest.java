package dev.planned.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.planned.processor.Compilations.compile;
import static dev.planned.processor.Compilations.source;

import com.google.common.collect.Range;
import com.google.testing.compile.Compilation;
import dev.planned.Dispatcher;
import dev.planned.Request;
import dev.planned.Response;
import dev.planned.processor.GoServeMuxModel.Answer;
import dev.planned.processor.GoServeMuxModel.Route;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: for random sets of routes, Planned decides as Go 1.22's ServeMux would ({@link
 * GoServeMuxModel}, itself checked against Go's test tables in {@link GoTablesTest}): the set
 * compiles exactly when Go would register it, and then every request gets the route, the wildcard
 * values, the status and the {@code Allow} the model says.
 *
 * <p>Sets are small (one to five routes over the literals {@code a} and {@code b}, wildcards,
 * rests, dot segments, GET, HEAD and POST, some planned, some under a base path), since that is
 * where the rules meet. Each batch is one compilation of many APIs for the verdicts, and one of
 * those that compile with their implementations, dispatched in memory: a compilation per set would
 * take minutes. A batch is drawn from a seed: CI runs {@link #SEEDS}; {@code
 * -Dplanned.routing.seeds=N} runs N more, from random seeds that a failure names, and {@code
 * -Dplanned.routing.seed=S} runs seed S again.
 */
class GoRoutingPropertyTest {
  private static final long[] SEEDS = {1, 2};
  private static final int SETS_PER_BATCH = 80;

  /** Request paths per set beyond the short ones, drawn from the model's witnesses. */
  private static final int LONG_PATHS_PER_SET = 60;

  static LongStream seeds() {
    String again = System.getProperty("planned.routing.seed");
    if (again != null) {
      return LongStream.of(Long.parseLong(again));
    }
    int more = Integer.getInteger("planned.routing.seeds", 0);
    return LongStream.concat(Arrays.stream(SEEDS), new Random().longs(more));
  }

  /** One API: its base path and routes as declared, and the model of the full routes. */
  record PatternSet(int id, String basePath, List<Route> declared, GoServeMuxModel model) {
    String apiName() {
      return "Api" + id;
    }

    @Override
    public String toString() {
      return (basePath.isEmpty() ? "" : "@Endpoint(\"" + basePath + "\") ") + declared;
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void plannedRoutesAsGoDoes(long seed) throws ReflectiveOperationException {
    Random random = new Random(seed);
    List<PatternSet> sets = new ArrayList<>();
    for (int id = 0; id < SETS_PER_BATCH; id++) {
      sets.add(patternSet(id, random));
    }
    List<String> failures = new ArrayList<>();

    Compilation verdicts =
        compile(sets.stream().map(GoRoutingPropertyTest::api).toArray(JavaFileObject[]::new));
    Set<String> refusedApis = new HashSet<>();
    for (Diagnostic<? extends JavaFileObject> error : verdicts.errors()) {
      String file = error.getSource() == null ? "" : error.getSource().getName();
      refusedApis.add(file.substring(file.lastIndexOf('/') + 1).replace(".java", ""));
    }
    List<PatternSet> served = new ArrayList<>();
    for (PatternSet set : sets) {
      boolean refused = refusedApis.contains(set.apiName());
      if (refused != set.model().refused()) {
        failures.add(
            set
                + ": compiled "
                + (refused ? "with errors " + errorsOf(verdicts, set) : "without errors")
                + ", but Go "
                + (set.model().refused() ? "refuses" : "accepts")
                + " it");
      } else if (!refused) {
        served.add(set);
      }
    }

    List<JavaFileObject> sources = new ArrayList<>();
    for (PatternSet set : served) {
      sources.add(api(set));
      sources.add(implementation(set));
    }
    Compilation compilation = compile(sources.toArray(JavaFileObject[]::new));
    assertThat(compilation).succeeded();
    GeneratedClasses classes = new GeneratedClasses(compilation);
    int requests = 0;
    for (PatternSet set : served) {
      Dispatcher dispatcher = classes.instantiate("test.Impl" + set.id(), Dispatcher.class);
      for (String path : requestPaths(set, random)) {
        for (String method : GoServeMuxModel.REQUEST_METHODS) {
          requests++;
          String failure = check(set, dispatcher, method, path);
          if (failure != null) {
            failures.add(failure);
          }
        }
      }
    }
    // a batch that tests both verdicts, and many requests: else the generator has drifted
    assertWithMessage("served sets of %s", sets.size())
        .that(served.size())
        .isIn(Range.closed(sets.size() / 5, sets.size() * 4 / 5));
    assertWithMessage("requests").that(requests).isAtLeast(served.size() * 50);
    assertWithMessage(
            "seed %s: %s disagreements with Go's rules, the first:\n%s",
            seed, failures.size(), failures.stream().limit(8).collect(Collectors.joining("\n")))
        .that(failures)
        .isEmpty();
  }

  /** What is wrong with the answer to one request, or null. */
  private static String check(PatternSet set, Dispatcher dispatcher, String method, String path) {
    Answer expected = set.model().answer(method, path.replace("%61", "a"));
    Response response = dispatcher.dispatch(Request.of(method, path));
    String where = set + ", " + method + " " + path + ": ";
    if (response.status() != expected.status()) {
      return where
          + "status "
          + response.status()
          + " ("
          + response.bodyText()
          + "), Go's "
          + expected.status()
          + (expected.route() == null ? "" : " from " + expected.route());
    }
    if (expected.route() != null && !expected.route().planned()) {
      String body = bodyOf(set.model().routes().indexOf(expected.route()), expected.values());
      if (method.equals("HEAD")) {
        String length = response.header("Content-Length").orElse("none");
        return length.equals(Integer.toString(body.length()))
            ? null
            : where + "Content-Length " + length + ", Go's route answers " + body;
      }
      return response.bodyText().equals(body)
          ? null
          : where + "answered " + response.bodyText() + ", Go's route answers " + body;
    }
    if (expected.route() != null) { // planned: 501 naming the route
      String pattern = expected.route().method() + " " + expected.route().path();
      return method.equals("HEAD") || response.bodyText().contains(pattern)
          ? null
          : where + "501 for " + response.bodyText() + ", expected the plan of " + pattern;
    }
    if (!expected.allow().isEmpty()) {
      Set<String> allow =
          response.header("Allow").stream()
              .flatMap(header -> Arrays.stream(header.split(", ")))
              .collect(Collectors.toSet());
      return allow.equals(expected.allow())
          ? null
          : where + "Allow " + allow + ", expected " + expected.allow();
    }
    return null;
  }

  private static String bodyOf(int route, List<String> values) {
    return "m" + route + values.stream().map(v -> "|" + v).collect(Collectors.joining());
  }

  /**
   * The short witness paths all, and some long ones; as a client might send them, sometimes with a
   * letter percent-encoded (segments are decoded before matching, in Go and Planned).
   */
  private static List<String> requestPaths(PatternSet set, Random random) {
    List<List<String>> all = set.model().requestPaths();
    List<List<String>> chosen = new ArrayList<>();
    List<List<String>> longer = new ArrayList<>();
    for (List<String> path : all) {
      (path.size() <= 2 ? chosen : longer).add(path);
    }
    for (int i = 0; i < LONG_PATHS_PER_SET && !longer.isEmpty(); i++) {
      chosen.add(longer.remove(random.nextInt(longer.size())));
    }
    List<String> paths = new ArrayList<>();
    for (List<String> segments : chosen) {
      String path = "/" + String.join("/", segments);
      paths.add(random.nextInt(5) == 0 ? path.replaceFirst("a", "%61") : path);
    }
    return paths;
  }

  private static PatternSet patternSet(int id, Random random) {
    String basePath = random.nextInt(4) == 0 ? "/a" : "";
    List<Route> declared = new ArrayList<>();
    List<Route> full = new ArrayList<>();
    int count = 1 + random.nextInt(5);
    for (int i = 0; i < count; i++) {
      Route route = route(random);
      declared.add(route);
      String path =
          basePath.isEmpty()
              ? route.path()
              : route.path().equals("/") ? basePath : basePath + route.path();
      full.add(new Route(route.method(), path, route.planned()));
    }
    return new PatternSet(id, basePath, declared, new GoServeMuxModel(full));
  }

  private static final List<String> METHODS = List.of("GET", "GET", "GET", "HEAD", "HEAD", "POST");

  private static Route route(Random random) {
    String method = METHODS.get(random.nextInt(METHODS.size()));
    int length = random.nextInt(4);
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int draw = random.nextInt(100);
      path.append('/');
      if (i == length - 1 && draw < 30) {
        path.append("{r").append(i).append("...}");
      } else if (draw < 32) {
        path.append(draw % 2 == 0 ? "." : ".."); // Go refuses these
      } else if (draw < 70) {
        path.append(draw % 2 == 0 ? "a" : "b");
      } else {
        path.append("{w").append(i).append('}');
      }
    }
    return new Route(method, path.length() == 0 ? "/" : path.toString(), random.nextInt(4) == 0);
  }

  private static List<String> wildcardNames(Route route) {
    return route.segments().stream()
        .filter(segment -> segment.startsWith("{"))
        .map(segment -> segment.replaceAll("[{}.]", ""))
        .toList();
  }

  /** The API: endpoint {@code m<i>} for route i, with a parameter for each wildcard. */
  private static JavaFileObject api(PatternSet set) {
    List<String> lines = new ArrayList<>();
    lines.add("@SuppressWarnings(\"planned\")"); // the APIs of a batch overlap one another
    if (!set.basePath().isEmpty()) {
      lines.add("@Endpoint(\"" + set.basePath() + "\")");
    }
    lines.add("public interface " + set.apiName() + " {");
    for (int i = 0; i < set.declared().size(); i++) {
      Route route = set.declared().get(i);
      lines.add(
          "  "
              + (route.planned() ? "@Planned(\"later\") " : "")
              + "@Endpoint(\""
              + route.method()
              + " "
              + route.path()
              + "\") String m"
              + i
              + "("
              + parameters(route)
              + ");");
    }
    lines.add("}");
    return source("test." + set.apiName(), lines.toArray(String[]::new));
  }

  /** Each implemented endpoint answers {@code m<i>} and the values it bound. */
  private static JavaFileObject implementation(PatternSet set) {
    List<String> lines = new ArrayList<>();
    lines.add("public final class Impl" + set.id() + " extends " + set.apiName() + "Dispatcher {");
    for (int i = 0; i < set.declared().size(); i++) {
      Route route = set.declared().get(i);
      if (!route.planned()) {
        String body =
            wildcardNames(route).stream()
                .map(name -> " + \"|\" + " + name)
                .collect(Collectors.joining("", "\"m" + i + "\"", ""));
        lines.add(
            "  @Override public String m"
                + i
                + "("
                + parameters(route)
                + ") { return "
                + body
                + "; }");
      }
    }
    lines.add("}");
    return source("test.Impl" + set.id(), lines.toArray(String[]::new));
  }

  private static String parameters(Route route) {
    return wildcardNames(route).stream()
        .map(name -> "String " + name)
        .collect(Collectors.joining(", "));
  }

  private static List<String> errorsOf(Compilation compilation, PatternSet set) {
    return compilation.errors().stream()
        .filter(
            e ->
                e.getSource() != null
                    && e.getSource().getName().endsWith("/" + set.apiName() + ".java"))
        .map(e -> e.getMessage(null))
        .toList();
  }
}
