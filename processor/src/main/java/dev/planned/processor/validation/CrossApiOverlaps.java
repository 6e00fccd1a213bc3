package dev.planned.processor.validation;

import dev.planned.Endpoint;
import dev.planned.processor.model.ApiModel;
import dev.planned.processor.model.EndpointModel;
import java.util.List;

/**
 * Routes of different APIs compiled together that match some common request. Served together,
 * the router refuses them at start-up; since the APIs may well be served apart, this is a warning
 * naming both, not an error. It is reported on the API compiled later, and
 * {@code @SuppressWarnings("planned")} on either API (or either endpoint) silences it: which one
 * is compiled later is the build's choice, not the user's.
 */
public final class CrossApiOverlaps {
  private CrossApiOverlaps() {}

  /** Warns on each endpoint of {@code api} that overlaps one of an API compiled before it. */
  public static void warn(ApiModel api, List<ApiModel> earlier, Diagnostics diagnostics) {
    for (EndpointModel endpoint : api.endpoints()) {
      EndpointModel other = firstOverlapping(endpoint, earlier);
      if (other == null) {
        continue;
      }
      ApiModel otherApi = earlier.stream()
          .filter(candidate -> candidate.endpoints().contains(other))
          .findFirst()
          .orElseThrow();
      diagnostics.warning(endpoint.method(), other.method(), Endpoint.class, "value", "Route \""
          + endpoint.pattern() + "\" on " + endpoint.methodName() + "() of "
          + api.element().getSimpleName() + " overlaps \"" + other.pattern() + "\" on "
          + other.methodName() + "() of " + otherApi.element().getSimpleName() + " (both match "
          + endpoint.pattern().method() + " " + Overlap.sharedPath(endpoint.pattern(), other.pattern())
          + "): serving both APIs in one server fails at start-up. Change one path, or serve"
          + " them apart.");
    }
  }

  private static EndpointModel firstOverlapping(EndpointModel endpoint, List<ApiModel> earlier) {
    for (ApiModel api : earlier) {
      for (EndpointModel other : api.endpoints()) {
        if (other.pattern().method().equals(endpoint.pattern().method())
            && Overlap.compare(endpoint.pattern(), other.pattern()) != Overlap.Relation.DISJOINT) {
          return other;
        }
      }
    }
    return null;
  }
}
