package dev.planned.processor;

import dev.planned.processor.model.ApiModel;
import dev.planned.processor.model.EndpointModel;
import dev.planned.processor.model.PlanModel;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The counts of an API's build-time roadmap line, {@code 7 endpoints, 2 planned (1 for 2.0)}, which
 * {@link dev.planned.processor.report.Message#ROADMAP_SUMMARY} puts after the API's name.
 */
final class RoadmapSummary {
  private RoadmapSummary() {}

  static String of(ApiModel api) {
    int endpoints = api.endpoints().size();
    // sorted by release, so that the line is the same in every build
    Map<String, Integer> byRelease = new TreeMap<>();
    int planned = 0;
    for (EndpointModel endpoint : api.endpoints()) {
      if (endpoint.isPlanned()) {
        planned++;
        String release = endpoint.plan().map(PlanModel::release).orElse("");
        if (!release.isEmpty()) {
          byRelease.merge(release, 1, Integer::sum);
        }
      }
    }
    String releases =
        byRelease.isEmpty()
            ? ""
            : byRelease.entrySet().stream()
                .map(entry -> entry.getValue() + " for " + entry.getKey())
                .collect(Collectors.joining(", ", " (", ")"));
    return endpoints
        + (endpoints == 1 ? " endpoint, " : " endpoints, ")
        + planned
        + " planned"
        + releases;
  }
}
