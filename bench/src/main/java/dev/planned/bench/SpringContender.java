package dev.planned.bench;

import dev.planned.bench.RouteTable.GoRoute;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Spring's {@link PathPattern}s (the matcher of Spring MVC and WebFlux) in a list: parse the path
 * once, try the patterns most specific first, and extract the variables of the first match, as a
 * request mapping does (Spring MVC also collects and sorts every match per request; sorting once,
 * up front, flatters Spring).
 */
public final class SpringContender implements Contender {
  private record Entry(String method, PathPattern pattern, int index, String[] params) {}

  private final Hits hits = new Hits();
  private final List<Entry> entries;
  private final String[] methods;
  private final String[] paths;

  public SpringContender() {
    List<GoRoute> routes = RouteTable.github();
    PathPatternParser parser = PathPatternParser.defaultInstance;
    entries =
        routes.stream()
            .map(
                r ->
                    new Entry(
                        r.method(),
                        parser.parse(r.springPattern()),
                        r.index(),
                        r.params().toArray(String[]::new)))
            .sorted(Comparator.comparing(Entry::pattern, PathPattern.SPECIFICITY_COMPARATOR))
            .toList();
    methods = routes.stream().map(GoRoute::method).toArray(String[]::new);
    paths = routes.stream().map(GoRoute::requestPath).toArray(String[]::new);
  }

  @Override
  public String name() {
    return "Spring PathPattern list";
  }

  @Override
  public Object route(int i) {
    return route(methods[i], paths[i]);
  }

  @Override
  public Object route(String method, String path) {
    PathContainer parsed = PathContainer.parsePath(path);
    for (Entry entry : entries) {
      if (entry.method.equals(method) && entry.pattern.matches(parsed)) {
        PathPattern.PathMatchInfo match = entry.pattern.matchAndExtract(parsed);
        Map<String, String> variables = match.getUriVariables();
        String[] values = new String[entry.params.length];
        for (int j = 0; j < values.length; j++) {
          values[j] = variables.get(entry.params[j]);
        }
        hits.hit(entry.index, values);
        return HandwrittenContender.OK;
      }
    }
    return HandwrittenContender.NOT_FOUND;
  }

  @Override
  public int status(Object response) {
    return response == HandwrittenContender.OK ? 200 : 404;
  }

  @Override
  public Hits hits() {
    return hits;
  }
}
