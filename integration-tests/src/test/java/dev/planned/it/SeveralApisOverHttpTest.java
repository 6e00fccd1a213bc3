package dev.planned.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * Two APIs in one server, over real HTTP on each of {@link Servers}: each answers its routes,
 * methods are the union.
 */
@OnEveryServer
class SeveralApisOverHttpTest {
  @Parameter Servers server;
  private RunningServer running;

  /** Every answer keeps the OpenAPI document of the API whose operation it is. */
  private final List<OpenApiContract> contracts =
      List.of(
          OpenApiContract.of(LibraryApi.class, new Library()),
          OpenApiContract.of(AuthorsApi.class, new Authors()));

  @BeforeParameterizedClassInvocation
  void start() {
    running = server.start(new Library(), new Authors());
  }

  @AfterParameterizedClassInvocation
  void stop() {
    running.close();
  }

  private Answer send(String method, String target) {
    Answer answer = running.send(method, target, Map.of(), null);
    contracts.forEach(contract -> contract.check(method, target, answer));
    return answer;
  }

  @Test
  void eachApiAnswersItsOwnRoutes() {
    assertEquals("Dune", send("GET", "/v1/books/978-0").body());
    assertEquals("author 7", send("GET", "/v1/authors/7").body());
    Answer planned = send("GET", "/v1/authors/7/books");
    assertEquals(501, planned.status());
    assertEquals(Optional.of("application/problem+json"), planned.header("Content-Type"));
  }

  @Test
  void aMethodOfOneApiIs405NotImplementedOnTheOthersPaths() {
    // LINK is declared only by AuthorsApi: on a book it is known to the server, but not allowed
    Answer answer = send("LINK", "/v1/books/978-0");

    assertEquals(405, answer.status());
    assertEquals(Optional.of("GET, HEAD, PUT, DELETE, OPTIONS"), answer.header("Allow"));
  }

  @Test
  void aMethodNoApiDeclaresIs501() {
    assertEquals(501, send("UNLINK", "/v1/authors/7").status());
  }

  @Test
  void optionsListsWhatThePathServes() {
    Answer answer = send("OPTIONS", "/v1/authors/7");

    assertEquals(204, answer.status());
    assertEquals(Optional.of("GET, HEAD, LINK, OPTIONS"), answer.header("Allow"));
  }
}
