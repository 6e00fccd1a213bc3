package dev.planned.it;

import dev.planned.Endpoint;

/**
 * An API whose route overlaps LibraryApi's: the two cannot be served together. The processor warns
 * about it; the warning is suppressed since the tests serve them together only to see the router
 * refuse it.
 */
@SuppressWarnings("planned")
@Endpoint("/v1")
public interface ShelvesApi {
  /** Matches /v1/books/new, which LibraryApi serves too. */
  @Endpoint("GET /{section}/new")
  String newestIn(String section);
}
