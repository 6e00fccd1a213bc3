package dev.planned.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.planned.Dispatcher;
import dev.planned.Request;
import dev.planned.Response;
import dev.planned.Route;
import dev.planned.Router;
import dev.planned.jdk.JdkHttpServers;
import dev.planned.servlet.PlannedServlet;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Two APIs served together by one router: routes, and the method set that decides 501 vs 405. */
class SeveralApisTest {
  private final Router router = Router.of(new Library(), new Authors());

  @Test
  void eachApiAnswersItsOwnRoutes() {
    assertEquals("Dune", router.dispatch(Request.get("/v1/books/978-0")).bodyText());
    assertEquals("author 7", router.dispatch(Request.get("/v1/authors/7")).bodyText());
    assertEquals(501, router.dispatch(Request.get("/v1/authors/7/books")).status());
  }

  @Test
  void aMethodDeclaredByAnyServedApiIsKnownEverywhere() {
    Response served = router.dispatch(Request.of("LINK", "/v1/books/978-0"));
    Response alone = new Library().dispatch(Request.of("LINK", "/v1/books/978-0"));

    assertEquals(405, served.status(), "LINK is supported by the server, just not on books");
    assertEquals(Optional.of("GET, HEAD, PUT, DELETE, OPTIONS"), served.header("Allow"));
    assertEquals(501, alone.status(), "served alone, the library knows no LINK");
  }

  @Test
  void allowListsTheMethodsOfEveryApiOnThePath() {
    Response options = router.dispatch(Request.of("OPTIONS", "/v1/authors/7"));

    assertEquals(204, options.status());
    assertEquals(Optional.of("GET, HEAD, LINK, OPTIONS"), options.header("Allow"));
  }

  @Test
  void optionsStarListsTheUnion() {
    assertEquals(
        Optional.of("GET, HEAD, POST, PUT, PATCH, DELETE, LINK, OPTIONS"),
        router.dispatch(Request.of("OPTIONS", "*")).header("Allow"));
  }

  @Test
  void routesAreEveryApisInOrder() {
    List<String> patterns = router.routes().stream().map(Route::pattern).toList();

    assertEquals(
        List.of(
            "GET /v1/books/{isbn}",
            "GET /v1/books/new",
            "PUT /v1/books/{isbn}",
            "DELETE /v1/books/{isbn}",
            "GET /v1/files/{path...}",
            "PATCH /v1/books/{isbn}",
            "POST /v1/loans",
            "GET /v1/authors/{id}",
            "LINK /v1/authors/{id}",
            "GET /v1/authors/{id}/books"),
        patterns);
  }

  @Test
  void overlappingRoutesOfDifferentApisAreRefusedNamingBoth() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Router.of(new Library(), new Shelves()));

    assertEquals(
        "Routes of different APIs conflict: GET /v1/books/{isbn} (dev.planned.it.Library.book) and"
            + " GET /v1/{section}/new (dev.planned.it.Shelves.newestIn) both match some GET"
            + " requests; GET /v1/books/new (dev.planned.it.Library.newest) and GET"
            + " /v1/{section}/new (dev.planned.it.Shelves.newestIn) both match some GET requests;"
            + " GET /v1/files/{path...} (dev.planned.it.Library.file) and GET /v1/{section}/new"
            + " (dev.planned.it.Shelves.newestIn) both match some GET requests. Change one of each"
            + " pair, or serve the APIs apart.",
        e.getMessage());
  }

  @Test
  void serversRefuseConflictingApisBeforeTheyListen() {
    InetSocketAddress any = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    assertThrows(
        IllegalArgumentException.class,
        () -> JdkHttpServers.start(any, new Library(), new Shelves()));
    assertThrows(
        IllegalArgumentException.class, () -> new PlannedServlet(new Library(), new Shelves()));
  }

  @Test
  void apisThatShareNoRouteServeTogether() {
    // /v1/authors/{id} and /v1/{section}/new meet at /v1/authors/new; /typed/... meets nothing
    Router router = Router.of(new Typed(), new Shelves());

    assertEquals("newest in books", router.dispatch(Request.get("/v1/books/new")).bodyText());
    assertEquals(200, router.dispatch(Request.get("/typed/boxes?i=1&l=2&b=true&c=x")).status());
  }

  @Test
  void onlyGeneratedDispatchersCanBeCombined() {
    Dispatcher handWritten =
        new Dispatcher() {
          @Override
          public Response dispatch(Request request) {
            return Response.noContent();
          }

          @Override
          public List<Route> routes() {
            return List.of();
          }
        };

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Router.of(new Library(), handWritten));
    assertEquals(true, e.getMessage().contains("is not a generated dispatcher"), e.getMessage());
  }
}
