package dev.planned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planned.testing.CapturedLog;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The router's side of filters and error mapping that the integration suite does not reach: a
 * filter's mistakes, mapper registration, and keys. (The behaviour itself, in memory and on every
 * server, is FiltersContract's.)
 */
class FilterChainTest {
  private static final Attribute<String> NOTE = Attribute.of("note", String.class);

  @RegisterExtension final CapturedLog log = CapturedLog.planned();

  private static FixedResources resources() {
    return FixedResources.builder().add("/notes.txt", "text/plain", "hello").build();
  }

  @Test
  void aFilterThatAnswersNullIsA500Logged() {
    Router router = Router.builder().filter((request, next) -> null).serve(resources());

    Response response = router.dispatch(Request.get("/notes.txt"));

    assertEquals(500, response.status());
    assertEquals(1, log.lines().size());
    assertTrue(log.lines().get(0).startsWith("SEVERE The filter "), log.lines().toString());
    assertTrue(
        log.lines().get(0).endsWith(" answered null for GET /notes.txt"), log.lines().toString());
  }

  @Test
  void aFilterThatThrowsOnARequestNoRouteAnswersIsA500Logged() {
    Router router =
        Router.builder()
            .filter(
                (request, next) -> {
                  throw new IllegalStateException("broken filter");
                })
            .serve(resources());

    assertEquals(500, router.dispatch(Request.get("/nowhere")).status());
    assertEquals(
        List.of(
            "SEVERE A server-wide filter failed for GET /nowhere:"
                + " java.lang.IllegalStateException: broken filter"),
        log.lines());
  }

  @Test
  void aMapperForASubclassOfHttpExceptionAnswersInsteadOfItsStatus() {
    Router router =
        Router.builder()
            .filter(
                (request, next) -> {
                  throw new HttpException(429, "Slow down.");
                })
            .mapError(RuntimeException.class, e -> Problem.of(503))
            .serve(resources());
    assertEquals(
        429,
        router.dispatch(Request.get("/notes.txt")).status(),
        "a RuntimeException mapper does not swallow an HttpException");

    Router mapsHttp =
        Router.builder()
            .filter(
                (request, next) -> {
                  throw new HttpException(429, "Slow down.");
                })
            .mapError(HttpException.class, e -> Problem.of(503).withDetail("Busy."))
            .serve(resources());
    assertEquals(503, mapsHttp.dispatch(Request.get("/notes.txt")).status());
  }

  @Test
  void aMapperThatReturnsNullIsA500Logged() {
    Router router =
        Router.builder()
            .filter(
                (request, next) -> CompletableFuture.failedFuture(new IllegalStateException("x")))
            .mapError(IllegalStateException.class, e -> null)
            .serve(resources());

    assertEquals(500, router.dispatch(Request.get("/notes.txt")).status());
    assertEquals(1, log.lines().size());
    assertTrue(
        log.lines()
            .get(0)
            .startsWith(
                "SEVERE The error mapper for"
                    + " java.lang.IllegalStateException returned null for GET /notes.txt"),
        log.lines().get(0));
  }

  @Test
  void anAttributeIsFoundByAnEqualKeyOnly() {
    Request request = Request.get("/").withAttribute(NOTE, "kept");

    assertEquals(Optional.of("kept"), request.attribute(Attribute.of("note", String.class)));
    assertEquals(Optional.empty(), request.attribute(Attribute.of("note", CharSequence.class)));
    assertEquals(
        Optional.empty(), Request.get("/").attribute(NOTE), "copies carry them; not others");
    assertEquals(Optional.of("new"), request.withAttribute(NOTE, "new").attribute(NOTE));
    assertThrows(IllegalArgumentException.class, () -> Attribute.of("n", int.class));
  }

  @Test
  void routeIsEmptyUntilRouted() {
    assertEquals(Optional.empty(), Request.get("/notes.txt").route());
  }

  @Test
  void registrationMistakesFailAtOnce() {
    Router filtered =
        Router.builder().filter((request, next) -> next.proceed(request)).serve(resources());
    assertThrows(
        IllegalArgumentException.class,
        () -> Router.of(filtered, FixedResources.builder().add("/b", "text/plain", "b").build()),
        "its filters would be lost for 404s");
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Router.builder()
                .mapError(IllegalStateException.class, e -> Problem.of(500))
                .mapError(IllegalStateException.class, e -> Problem.of(503))
                .serve(resources()));
  }
}
