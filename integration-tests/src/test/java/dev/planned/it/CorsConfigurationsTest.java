package dev.planned.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planned.Cors;
import dev.planned.Request;
import dev.planned.Response;
import dev.planned.Router;
import org.junit.jupiter.api.Test;

/**
 * The settings of {@link Cors} the shared suite does not use, in memory: what each one sends, and
 * the settings refused when the server is put together.
 */
class CorsConfigurationsTest {
  private static Response send(Cors cors, Request request) {
    return Router.builder().filter(cors).serve(new Library()).dispatch(request);
  }

  private static Request preflight(String origin, String method) {
    return Request.of("OPTIONS", "/v1/books/978-0")
        .withHeader("Origin", origin)
        .withHeader("Access-Control-Request-Method", method);
  }

  @Test
  void anyOriginWithoutCredentialsIsAStarAndDoesNotVary() {
    Response answer =
        send(
            Cors.builder().allowAnyOrigin().build(),
            Request.get("/v1/books/978-0").withHeader("Origin", "https://anyone.example"));

    assertEquals("*", answer.header("Access-Control-Allow-Origin").orElseThrow());
    assertTrue(answer.header("Vary").isEmpty());
    assertTrue(answer.header("Access-Control-Allow-Credentials").isEmpty());
  }

  @Test
  void anyOriginWithCredentialsNamesTheOriginForTheFetchStandardRefusesAStar() {
    Response answer =
        send(
            Cors.builder().allowAnyOrigin().allowCredentials(true).build(),
            Request.get("/v1/books/978-0").withHeader("Origin", "https://anyone.example"));

    assertEquals(
        "https://anyone.example", answer.header("Access-Control-Allow-Origin").orElseThrow());
    assertEquals("true", answer.header("Access-Control-Allow-Credentials").orElseThrow());
    assertEquals("Origin", answer.header("Vary").orElseThrow());
  }

  @Test
  void anyOriginStillNeverEchoesWhatIsNoOrigin() {
    Cors cors = Cors.builder().allowAnyOrigin().allowCredentials(true).build();

    for (String notAnOrigin : new String[] {"null", "https://a.example/path", "x".repeat(300)}) {
      Response answer =
          send(cors, Request.get("/v1/books/978-0").withHeader("Origin", notAnOrigin));

      assertTrue(answer.header("Access-Control-Allow-Origin").isEmpty(), notAnOrigin);
    }
  }

  @Test
  void allowMethodsNarrowsWhatThePathAllows() {
    Response answer =
        send(
            Cors.builder()
                .allowOrigins("https://app.example")
                .allowMethods("GET", "PUT", "PATCH", "POST")
                .build(),
            preflight("https://app.example", "PUT"));

    // PATCH is planned and POST not served here: narrowing never widens
    assertEquals("GET, PUT", answer.header("Access-Control-Allow-Methods").orElseThrow());
  }

  @Test
  void withoutMaxAgeOrHeadersThePreflightSaysNothingOfThem() {
    Response answer =
        send(
            Cors.builder().allowOrigins("https://app.example").build(),
            preflight("https://app.example", "GET"));

    assertEquals("https://app.example", answer.header("Access-Control-Allow-Origin").orElseThrow());
    assertTrue(answer.header("Access-Control-Max-Age").isEmpty());
    assertTrue(answer.header("Access-Control-Allow-Headers").isEmpty());
  }

  @Test
  void originsAreWrittenAsBrowsersSendThem() {
    for (String wrong :
        new String[] {
          "https://app.example/", "https://App.example", "app.example", "https://app.example/path"
        }) {
      assertThrows(IllegalArgumentException.class, () -> Cors.builder().allowOrigins(wrong), wrong);
    }
  }

  @Test
  void aFilterAllowingNoOriginIsRefused() {
    assertThrows(IllegalStateException.class, () -> Cors.builder().build());
  }
}
