package dev.planned.it;

import dev.planned.Endpoint;
import dev.planned.Planned;

/** A second API under the same base path, to be served beside {@link LibraryApi}. */
@Endpoint("/v1")
public interface AuthorsApi {
  @Endpoint("GET /authors/{id}")
  String author(String id);

  /** LINK is declared by no endpoint of LibraryApi. */
  @Endpoint("LINK /authors/{id}")
  void link(String id);

  @Planned(value = "Author pages come with the catalogue.", release = "1.5")
  @Endpoint("GET /authors/{id}/books")
  String booksBy(String id);
}
