package dev.planned.it;

import dev.planned.Endpoint;

/** An API whose route overlaps LibraryApi's: the two cannot be served together. */
@Endpoint("/v1")
public interface ShelvesApi {
  /** Matches /v1/books/new, which LibraryApi serves too. */
  @Endpoint("GET /{section}/new")
  String newestIn(String section);
}
