package dev.planned.it;

import dev.planned.Endpoint;
import dev.planned.Planned;

/**
 * Routes where Go 1.22's ServeMux rules are easy to get wrong: a rest wildcard at the root, which
 * matches {@code /} too, and a planned HEAD beside an implemented GET on one path. Its {@code GET
 * /{tail...}} overlaps every GET of the other APIs here, so it is served alone, and the warning
 * that says so is suppressed.
 */
@SuppressWarnings("planned")
public interface GoRulesApi {
  @Endpoint("GET /{tail...}")
  String tail(String tail);

  @Endpoint("GET /status")
  String status();

  @Planned("HEAD will answer without computing the status.")
  @Endpoint("HEAD /status")
  String statusHead();

  @Endpoint("POST /status")
  String refresh();

  /** DELETE is declared, so elsewhere it is 405 rather than 501. */
  @Endpoint("DELETE /items/{id}")
  void delete(String id);
}
