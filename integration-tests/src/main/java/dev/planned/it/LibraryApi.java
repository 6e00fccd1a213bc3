package dev.planned.it;

import dev.planned.Endpoint;
import dev.planned.Planned;
import dev.planned.Request;
import dev.planned.Response;

/** The API of the foundation issue, word for word: the user-facing contract. */
@Endpoint("/v1")
public interface LibraryApi {
  @Endpoint("GET /books/{isbn}")
  Response book(String isbn);

  @Endpoint("GET /books/new")
  String newest();

  @Endpoint("PUT /books/{isbn}")
  Response replace(String isbn, Request request);

  @Endpoint("DELETE /books/{isbn}")
  void remove(String isbn);

  @Endpoint("GET /files/{path...}")
  String file(String path);

  @Planned(
      value = "Partial updates are coming; send the whole book with PUT.",
      release = "2.0",
      link = "https://example.org/roadmap#patch",
      alternative = "PUT /books/{isbn}")
  @Endpoint("PATCH /books/{isbn}")
  Response patch(String isbn);

  @Planned("Loans are not open yet.")
  @Endpoint("POST /loans")
  Response lend(Request request);
}
