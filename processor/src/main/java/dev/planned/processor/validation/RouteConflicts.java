package dev.planned.processor.validation;

import dev.planned.Endpoint;
import dev.planned.processor.model.ApiModel;
import dev.planned.processor.model.EndpointModel;
import dev.planned.processor.model.PathPattern;
import dev.planned.processor.model.Segment;
import dev.planned.processor.report.Message;
import dev.planned.processor.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Routes that match the same requests. Within one API that is an error naming both endpoints (and
 * paths differing only in letter case a warning). Across the APIs of one compilation it is a
 * warning: served together, the router refuses them at start-up, but the APIs may well be served
 * apart. That warning is reported on the API compiled later, and {@code @SuppressWarnings("planned")}
 * on either API (or either endpoint) silences it: which one is compiled later is the build's
 * choice, not the user's.
 */
public final class RouteConflicts {
  /** The APIs of this compilation so far. */
  private final List<ApiModel> compiled = new ArrayList<>();

  /** Reports patterns of one method that match the same requests, naming both endpoints. */
  static void checkWithinApi(List<Candidate> candidates, Report report) {
    for (int j = 0; j < candidates.size(); j++) {
      Candidate later = candidates.get(j);
      for (int i = 0; i < j; i++) {
        Candidate earlier = candidates.get(i);
        if (!earlier.pattern().method().equals(later.pattern().method())) {
          continue;
        }
        Overlap.Relation relation = Overlap.compare(later.pattern(), earlier.pattern());
        if (relation == Overlap.Relation.EQUIVALENT) {
          report.add(later.method(), Endpoint.class, "value", Message.ROUTE_DUPLICATE,
              later.declared(), later.name(), earlier.declared(), earlier.name());
          break;
        }
        if (relation == Overlap.Relation.CONFLICT) {
          report.add(later.method(), Endpoint.class, "value", Message.ROUTE_CONFLICT,
              later.declared(), later.name(), earlier.declared(), earlier.name(),
              later.pattern().method(), Overlap.sharedPath(later.pattern(), earlier.pattern()));
          break;
        }
      }
    }
    warnAboutCaseOnlyDifferences(candidates, report);
  }

  /**
   * Warns about paths that differ only in the case of their literals ({@code /Books} beside
   * {@code /books}): paths are case-sensitive, so this is two resources, and most likely a typo.
   */
  private static void warnAboutCaseOnlyDifferences(List<Candidate> candidates, Report report) {
    // shapes computed once: this compares every pair, and APIs reach a thousand endpoints
    List<String> shapes = candidates.stream().map(c -> shape(c.pattern())).toList();
    List<String> lowerShapes = shapes.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    for (int j = 0; j < candidates.size(); j++) {
      for (int i = 0; i < j; i++) {
        if (lowerShapes.get(i).equals(lowerShapes.get(j)) && !shapes.get(i).equals(shapes.get(j))) {
          Candidate later = candidates.get(j);
          Candidate earlier = candidates.get(i);
          report.add(later.method(), Endpoint.class, "value", Message.ROUTE_DIFFERS_ONLY_IN_CASE,
              later.declared(), later.name(), earlier.declared(), earlier.name());
          break;
        }
      }
    }
  }

  /** The path with wildcards made anonymous, so that only literals tell two paths apart. */
  private static String shape(PathPattern pattern) {
    return pattern.segments().stream()
        .map(segment -> segment instanceof Segment.Literal literal ? literal.text()
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
      for (ApiModel otherApi : compiled) {
        EndpointModel other = firstOverlapping(endpoint, otherApi);
        if (other != null) {
          report.addAbout(endpoint.method(), other.method(), Endpoint.class, "value",
              Message.ROUTE_OVERLAPS_OTHER_API, endpoint.pattern(), endpoint.methodName(),
              api.element().getSimpleName(), other.pattern(), other.methodName(),
              otherApi.element().getSimpleName(), endpoint.pattern().method(),
              Overlap.sharedPath(endpoint.pattern(), other.pattern()));
          break;
        }
      }
    }
    compiled.add(api);
    return report;
  }

  private static EndpointModel firstOverlapping(EndpointModel endpoint, ApiModel api) {
    for (EndpointModel other : api.endpoints()) {
      if (other.pattern().method().equals(endpoint.pattern().method())
          && Overlap.compare(endpoint.pattern(), other.pattern()) != Overlap.Relation.DISJOINT) {
        return other;
      }
    }
    return null;
  }
}
