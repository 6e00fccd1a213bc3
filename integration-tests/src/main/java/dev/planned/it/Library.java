package dev.planned.it;

import dev.planned.HttpException;
import dev.planned.Problem;
import dev.planned.Request;
import dev.planned.Response;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The implementation a user would write: only the endpoints that are not planned. */
public class Library extends LibraryApiDispatcher {
  private final Map<String, String> titles = new ConcurrentHashMap<>(Map.of("978-0", "Dune"));

  @Override
  public Response book(String isbn) {
    if (isbn.equals("boom")) {
      throw new IllegalStateException("secret database password is hunter2");
    }
    if (isbn.equals("locked")) {
      throw new HttpException(409, "The book is being edited.");
    }
    String title = titles.get(isbn);
    if (title == null) {
      throw new HttpException(404, "No book has the ISBN " + Problem.echo(isbn) + ".");
    }
    return Response.ok(title).withHeader("ETag", "\"" + isbn + "\"");
  }

  @Override
  public String newest() {
    return "The newest book";
  }

  @Override
  public Response replace(String isbn, Request request) {
    boolean created = titles.put(isbn, request.bodyText()) == null;
    return created
        // the path as sent, still encoded: the decoded ISBN may hold what no header may carry
        ? Response.status(201).withHeader("Location", request.path())
        : Response.noContent();
  }

  @Override
  public void remove(String isbn) {
    titles.remove(isbn);
  }

  @Override
  public String file(String path) {
    return "file:" + path;
  }
}
