package dev.planned.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.planned.processor.Compilations.compile;
import static dev.planned.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.planned.Dispatcher;
import dev.planned.Request;
import dev.planned.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the generated {@code find} and {@code invoke} do: compiled, loaded and called in memory.
 * Only routing and binding are checked here; the HTTP semantics (405, 501, HEAD…) belong to the
 * runtime and the integration tests.
 */
class DispatchBehaviourTest {
  private static Dispatcher shelf;
  private static Dispatcher backtrack;

  @BeforeAll
  static void compileShelf() throws ReflectiveOperationException {
    Compilation compilation =
        compile(
            source(
                "test.ShelfApi",
                "public interface ShelfApi {",
                "  @Endpoint(\"GET /books/{isbn}\") String book(String isbn);",
                "  @Endpoint(\"GET /books/new\") String newest();",
                "  @Endpoint(\"PUT /books/{isbn}\") String replace(String isbn);",
                "  @Endpoint(\"GET /files/{path...}\") String file(String path);",
                "}"),
            // Each endpoint answers with its name and what it bound.
            source(
                "test.Shelf",
                "public final class Shelf extends ShelfApiDispatcher {",
                "  @Override public String book(String isbn) { return \"book \" + isbn; }",
                "  @Override public String newest() { return \"newest\"; }",
                "  @Override public String replace(String isbn) { return \"replace \" + isbn; }",
                "  @Override public String file(String path) { return \"file [\" + path + \"]\"; }",
                "}"),
            // GET /a/b/c is tried first for /a/b/c; without a PUT there, find must go back to {x}.
            source(
                "test.BacktrackApi",
                "public interface BacktrackApi {",
                "  @Endpoint(\"GET /a/b/c\") String ab();",
                "  @Endpoint(\"PUT /{x}/b/c\") String anyB(String x);",
                "}"),
            source(
                "test.Backtrack",
                "public final class Backtrack extends BacktrackApiDispatcher {",
                "  @Override public String ab() { return \"ab\"; }",
                "  @Override public String anyB(String x) { return \"anyB \" + x; }",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    GeneratedClasses classes = new GeneratedClasses(compilation);
    shelf = classes.instantiate("test.Shelf", Dispatcher.class);
    backtrack = classes.instantiate("test.Backtrack", Dispatcher.class);
  }

  @Test
  void literalBeatsWildcard() {
    assertAnswer(Request.get("/books/new"), "newest");
    assertAnswer(Request.get("/books/978-0"), "book 978-0");
  }

  @Test
  void methodWithoutLiteralRouteFallsBackToWildcard() {
    assertAnswer(Request.of("PUT", "/books/new"), "replace new");
  }

  @Test
  void restWildcardBindsTheRestWithSlashes() {
    assertAnswer(Request.get("/files/docs/2024/report.txt"), "file [docs/2024/report.txt]");
  }

  @Test
  void restWildcardMatchesAnEmptyRest() {
    assertAnswer(Request.get("/files/"), "file []");
  }

  @Test
  void restWildcardNeedsASegment() {
    assertStatus(Request.get("/files"), 404);
  }

  @Test
  void trailingSlashIsAnotherPath() {
    assertStatus(Request.get("/books/new/"), 404);
    assertStatus(Request.get("/books/"), 404); // {isbn} matches no empty segment
  }

  @Test
  void backtracksFromALiteralBranchWithoutTheMethod() {
    assertAnswer(backtrack, Request.get("/a/b/c"), "ab");
    assertAnswer(backtrack, Request.of("PUT", "/a/b/c"), "anyB a");
  }

  private static void assertAnswer(Request request, String body) {
    assertAnswer(shelf, request, body);
  }

  private static void assertAnswer(Dispatcher dispatcher, Request request, String body) {
    Response response = dispatcher.dispatch(request);
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.bodyText()).isEqualTo(body);
  }

  private static void assertStatus(Request request, int status) {
    assertThat(shelf.dispatch(request).status()).isEqualTo(status);
  }
}
