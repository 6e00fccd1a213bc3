package dev.planned.it;

import dev.planned.Endpoint;

/**
 * A HEAD route that {@link LibraryApi}'s more specific {@code GET /v1/books/new} (which serves HEAD
 * too) conflicts with, as Go's ServeMux says: the two cannot be served together. The warning that
 * says so when both are compiled together is suppressed, since the test serves them apart.
 */
@SuppressWarnings("planned")
@Endpoint("/v1")
public interface HeadProbesApi {
  @Endpoint("HEAD /books/{isbn}")
  void probe(String isbn);
}
