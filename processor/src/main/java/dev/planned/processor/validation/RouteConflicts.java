package dev.planned.processor.validation;

import dev.planned.Endpoint;
import dev.planned.internal.RouteOverlap;
import dev.planned.internal.RouteOverlap.Relation;
import dev.planned.processor.model.ApiModel;
import dev.planned.processor.model.EndpointModel;
import dev.planned.processor.model.PathPattern;
import dev.planned.processor.model.Segment;
import dev.planned.processor.report.Message;
import dev.planned.processor.report.Report;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Routes that match the same requests, by the rule {@link RouteOverlap} owns (Go 1.22's ServeMux,
 * where a GET route also serves HEAD). Within one API that is an error naming both endpoints (and
 * paths differing only in letter case a warning). Across the APIs of one compilation it is a
 * warning: served together, the router refuses them at start-up, but the APIs may well be served
 * apart. That warning is reported on the API compiled later, and
 * {@code @SuppressWarnings("planned")} on either API (or either endpoint) silences it: which one is
 * compiled later is the build's choice, not the user's.
 */
public final class RouteConflicts {
  /** The APIs of this compilation so far, each with its routes indexed. */
  private final List<CompiledApi> compiled = new ArrayList<>();

  /** An API compiled before: its endpoints, their paths written out once, and their index. */
  private record CompiledApi(ApiModel api, List<String> paths, PossibleOverlaps routes) {
    static CompiledApi of(ApiModel api) {
      List<String> paths = new ArrayList<>();
      PossibleOverlaps routes = new PossibleOverlaps();
      for (EndpointModel endpoint : api.endpoints()) {
        routes.add(paths.size(), endpoint.pattern().segments());
        paths.add(endpoint.pattern().path());
      }
      return new CompiledApi(api, paths, routes);
    }
  }

  /**
   * Reports routes that match the same requests with no rule to pick one, naming both endpoints: of
   * one method, or a GET route more specific than a HEAD route (both serve HEAD). Each route is
   * compared with the earlier routes it may overlap ({@link PossibleOverlaps}), in declaration
   * order, and the first that conflicts is named: comparing every pair made this quadratic in the
   * API's size, most of the processor's time at a thousand endpoints.
   */
  static void checkWithinApi(List<Candidate> candidates, Report report) {
    // each path written out once, as RouteOverlap takes them
    List<String> paths = candidates.stream().map(c -> c.pattern().path()).toList();
    PossibleOverlaps earlierRoutes = new PossibleOverlaps();
    for (int j = 0; j < candidates.size(); j++) {
      Candidate later = candidates.get(j);
      BitSet mayOverlap = earlierRoutes.mayOverlap(later.pattern().segments());
      for (int i = mayOverlap.nextSetBit(0); i >= 0; i = mayOverlap.nextSetBit(i + 1)) {
        Candidate earlier = candidates.get(i);
        Relation relation =
            RouteOverlap.compare(
                later.pattern().method(), paths.get(j), earlier.pattern().method(), paths.get(i));
        if (relation == Relation.EQUIVALENT) {
          report.add(
              later.method(),
              Endpoint.class,
              "value",
              Message.ROUTE_DUPLICATE,
              later.declared(),
              later.name(),
              earlier.declared(),
              earlier.name());
          break;
        }
        if (relation == Relation.CONFLICT) {
          boolean sameMethod = later.pattern().method().equals(earlier.pattern().method());
          report.add(
              later.method(),
              Endpoint.class,
              "value",
              sameMethod ? Message.ROUTE_CONFLICT : Message.ROUTE_GET_HEAD_CONFLICT,
              later.declared(),
              later.name(),
              earlier.declared(),
              earlier.name(),
              sameMethod ? later.pattern().method() : "HEAD",
              RouteOverlap.sharedPath(paths.get(j), paths.get(i)));
          break;
        }
      }
      earlierRoutes.add(j, later.pattern().segments());
    }
    warnAboutCaseOnlyDifferences(candidates, report);
  }

  /**
   * Warns about paths that differ only in the case of their literals ({@code /Books} beside {@code
   * /books}): paths are case-sensitive, so this is two resources, and most likely a typo. The
   * earlier route named is the first whose shape, lower-cased, is the same.
   */
  private static void warnAboutCaseOnlyDifferences(List<Candidate> candidates, Report report) {
    // the earlier routes by their lower-cased shape, in declaration order
    Map<String, List<Integer>> earlierByLowerShape = new HashMap<>();
    List<String> shapes = candidates.stream().map(c -> shape(c.pattern())).toList();
    for (int j = 0; j < candidates.size(); j++) {
      List<Integer> sameLowerShape =
          earlierByLowerShape.computeIfAbsent(
              shapes.get(j).toLowerCase(Locale.ROOT), shape -> new ArrayList<>());
      for (int i : sameLowerShape) {
        if (!shapes.get(i).equals(shapes.get(j))) {
          Candidate later = candidates.get(j);
          Candidate earlier = candidates.get(i);
          report.add(
              later.method(),
              Endpoint.class,
              "value",
              Message.ROUTE_DIFFERS_ONLY_IN_CASE,
              later.declared(),
              later.name(),
              earlier.declared(),
              earlier.name());
          break;
        }
      }
      sameLowerShape.add(j);
    }
  }

  /** The path with wildcards made anonymous, so that only literals tell two paths apart. */
  private static String shape(PathPattern pattern) {
    return pattern.segments().stream()
        .map(
            segment ->
                segment instanceof Segment.Literal literal
                    ? literal.text()
                    : segment instanceof Segment.Rest ? "{...}" : "{}")
        .collect(Collectors.joining("/", "/", ""));
  }

  /**
   * Warns on each endpoint of {@code api} that overlaps one of an API compiled before it, then
   * counts the API among those compiled.
   */
  public Report checkAcrossApis(ApiModel api) {
    Report report = new Report();
    for (EndpointModel endpoint : api.endpoints()) {
      String path = endpoint.pattern().path();
      for (CompiledApi otherApi : compiled) {
        EndpointModel other = firstOverlapping(endpoint, path, otherApi);
        if (other != null) {
          report.addAbout(
              endpoint.method(),
              other.method(),
              Endpoint.class,
              "value",
              Message.ROUTE_OVERLAPS_OTHER_API,
              endpoint.pattern(),
              endpoint.methodName(),
              api.element().getSimpleName(),
              other.pattern(),
              other.methodName(),
              otherApi.api().element().getSimpleName(),
              endpoint.pattern().method().equals(other.pattern().method())
                  ? endpoint.pattern().method()
                  : "HEAD",
              RouteOverlap.sharedPath(path, other.pattern().path()));
          break;
        }
      }
    }
    compiled.add(CompiledApi.of(api));
    return report;
  }

  /**
   * The first route of {@code api} that the router would refuse to serve beside this one, among
   * those it may overlap.
   */
  private static EndpointModel firstOverlapping(
      EndpointModel endpoint, String path, CompiledApi api) {
    BitSet mayOverlap = api.routes().mayOverlap(endpoint.pattern().segments());
    for (int i = mayOverlap.nextSetBit(0); i >= 0; i = mayOverlap.nextSetBit(i + 1)) {
      EndpointModel other = api.api().endpoints().get(i);
      if (RouteOverlap.conflictAcrossApis(
          endpoint.pattern().method(), path, other.pattern().method(), api.paths().get(i))) {
        return other;
      }
    }
    return null;
  }
}
