package dev.planned.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.planned.Router;
import org.junit.jupiter.api.Test;

/**
 * A GET route serves HEAD too, so beside a HEAD route of another API it conflicts where Go's
 * ServeMux says so: where the GET route is the more specific.
 */
class GetBesideHeadAcrossApisTest {
  @Test
  void getMoreSpecificThanAHeadOfAnotherApiIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Router.of(new Library(), new HeadProbes()));

    // GET /v1/books/{isbn} is not named: HEAD /v1/books/{isbn} is as specific, and answers HEAD
    assertEquals(
        "Routes of different APIs conflict: GET /v1/books/new"
            + " (dev.planned.it.Library.newest) and HEAD /v1/books/{isbn}"
            + " (dev.planned.it.HeadProbes.probe) both match some HEAD requests."
            + " Change one of each pair, or serve the APIs apart.",
        e.getMessage());
  }
}
