package dev.planned.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.planned.processor.Compilations.api;
import static dev.planned.processor.Compilations.assertErrorAt;
import static dev.planned.processor.Compilations.compile;
import static dev.planned.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.planned.Dispatcher;
import dev.planned.Request;
import dev.planned.Response;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Where Go 1.22's ServeMux rules reach into compilation: dot segments in patterns, and a GET route
 * that also serves HEAD beside a HEAD route; and the generated {@code find} for a rest wildcard at
 * the root.
 */
class GoRoutingRulesTest {
  @Test
  void dotSegmentInAPatternIsAnError() {
    assertPatternError(
        "GET /a/../b",
        "Pattern \"GET /a/../b\" has the dot segment \"..\": clients remove dot segments before"
            + " sending a path (RFC 3986, section 5.2.4), so it would match no request. Remove the"
            + " segment.");
    assertPatternError(
        "PATCH /.",
        "Pattern \"PATCH /.\" has the dot segment \".\": clients remove dot segments before sending"
            + " a path (RFC 3986, section 5.2.4), so it would match no request. Remove the"
            + " segment.");
  }

  @Test
  void dotSegmentInABasePathIsAnError() {
    JavaFileObject api =
        api(
            "@Endpoint(\"/v1/..\")",
            "interface Api {",
            "  @Endpoint(\"GET /books\")",
            "  Response books();",
            "}");

    Compilation compilation = compile(api);

    assertErrorAt(
        compilation,
        api,
        "\"/v1/..\"",
        "Base path \"/v1/..\" has the dot segment \"..\": clients remove dot segments before"
            + " sending a path (RFC 3986, section 5.2.4), so it would match no request. Remove the"
            + " segment.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void escapedDotSegmentIsAnEscape() {
    assertPatternError(
        "GET /a/%2E%2E",
        "Segment \"%2E%2E\" of \"GET /a/%2E%2E\" is"
            + " percent-encoded: write the decoded characters, which is what patterns match.");
  }

  @Test
  void segmentsWithDotsThatAreNotDotSegmentsCompile() {
    assertThat(
            compile(
                api(
                    "interface Api {",
                    "  @Endpoint(\"GET /.well-known/{name}\") Response wellKnown(String name);",
                    "  @Endpoint(\"GET /.../a.b\") Response dots();",
                    "}")))
        .succeededWithoutWarnings();
  }

  @Test
  void getMoreSpecificThanHeadConflicts() {
    // Go's own case: "GET /foo" vs "HEAD /" (there "/" is every path; here /{any...} is)
    JavaFileObject api =
        api(
            "interface Api {",
            "  @Endpoint(\"HEAD /b/{x}\")",
            "  Response probe(String x);",
            "  @Endpoint(\"GET /b/b\")",
            "  Response b();",
            "}");

    Compilation compilation = compile(api);

    assertErrorAt(
        compilation,
        api,
        "\"GET /b/b\"",
        "Route \"GET /b/b\" on b() conflicts with \"HEAD /b/{x}\" on probe(): a GET route also"
            + " answers HEAD, so both match HEAD /b/b, and the HEAD route is not the more specific"
            + " one. Give the HEAD route a path at least as specific as the GET route's, or change"
            + " one path.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void getAndHeadOverlappingWithNeitherMoreSpecificConflict() {
    JavaFileObject api =
        api(
            "interface Api {",
            "  @Endpoint(\"GET /books\")",
            "  Response books();",
            "  @Endpoint(\"HEAD /{x}\")",
            "  Response probe(String x);",
            "}");

    Compilation compilation = compile(api);

    assertErrorAt(
        compilation,
        api,
        "\"HEAD /{x}\"",
        "Route \"HEAD /{x}\" on probe() conflicts"
            + " with \"GET /books\" on books(): a GET route also answers HEAD, so both match"
            + " HEAD /books, and the HEAD route is not the more specific one. Give the HEAD route a"
            + " path at least as specific as the GET route's, or change one path.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void headAsSpecificAsGetIsNoConflict() {
    assertThat(
            compile(
                api(
                    "interface Api {",
                    "  @Endpoint(\"GET /b/{x}\") Response any(String x);",
                    "  @Endpoint(\"HEAD /b/b\") Response probeB();",
                    "  @Endpoint(\"GET /c\") Response c();",
                    "  @Endpoint(\"HEAD /c\") Response probeC();",
                    "}")))
        .succeededWithoutWarnings();
  }

  /** Router.of refuses them served together: the HEAD route of one API is asked first. */
  @Test
  void getMoreSpecificThanHeadOfAnotherApiWarns() {
    JavaFileObject probes =
        source(
            "test.ProbesApi",
            "interface ProbesApi {",
            "  @Endpoint(\"HEAD /b/{x}\") void probe(String x);",
            "  @Endpoint(\"HEAD /c\") void probeC();",
            "}");
    JavaFileObject pages =
        source(
            "test.PagesApi",
            "interface PagesApi {",
            "  @Endpoint(\"GET /b/b\") String b();",
            "  @Endpoint(\"GET /c\") String c();",
            "}");

    Compilation compilation = compile(probes, pages);

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "Route \"GET /b/b\" on b() of PagesApi overlaps \"HEAD /b/{x}\" on probe() of ProbesApi"
                + " (both match HEAD /b/b): serving both APIs in one server fails at start-up."
                + " Change one path, or serve them apart.")
        .inFile(pages)
        .onLineContaining("GET /b/b");
    assertThat(compilation).hadWarningCount(1); // GET /c beside HEAD /c: HEAD /c answers HEAD
  }

  @Test
  void rootBeatsARootRestWildcard() {
    assertThat(
            compile(
                api(
                    "interface Api {",
                    "  @Endpoint(\"GET /{tail...}\") Response any(String tail);",
                    "  @Endpoint(\"GET /\") Response root();",
                    "}")))
        .succeededWithoutWarnings();
  }

  @Test
  void rootRestWildcardMatchesTheRootWithAnEmptyValue() throws ReflectiveOperationException {
    Dispatcher tail =
        compileAndLoad(
            source(
                "test.TailApi",
                "public interface TailApi {",
                "  @Endpoint(\"GET /{tail...}\") String tail(String tail);",
                "}"),
            source(
                "test.Tail",
                "public final class Tail extends TailApiDispatcher {",
                "  @Override public String tail(String tail) { return \"tail [\" + tail + \"]\"; }",
                "}"));

    assertBody(tail.dispatch(Request.get("/")), "tail []");
    assertBody(tail.dispatch(Request.get("/a/b")), "tail [a/b]");
    assertBody(tail.dispatch(Request.get("/a/")), "tail [a/]");
  }

  @Test
  void rootRouteOfAnotherMethodFallsBackToTheRootRestWildcard()
      throws ReflectiveOperationException {
    Dispatcher root =
        compileAndLoad(
            source(
                "test.RootApi",
                "public interface RootApi {",
                "  @Endpoint(\"GET /{tail...}\") String tail(String tail);",
                "  @Endpoint(\"PUT /\") String root();",
                "}"),
            source(
                "test.Root",
                "public final class Root extends RootApiDispatcher {",
                "  @Override public String tail(String tail) { return \"tail [\" + tail + \"]\"; }",
                "  @Override public String root() { return \"root\"; }",
                "}"));

    assertBody(root.dispatch(Request.get("/")), "tail []");
    assertBody(root.dispatch(Request.of("PUT", "/")), "root");
  }

  /** Go's documentation says so too; its code takes such a segment for a trailing slash. */
  @Test
  void encodedSlashAsAWholeSegmentBindsAWildcardToASlash() throws ReflectiveOperationException {
    Dispatcher books =
        compileAndLoad(
            source(
                "test.BooksApi",
                "public interface BooksApi {",
                "  @Endpoint(\"GET /books/{isbn}\") String book(String isbn);",
                "}"),
            source(
                "test.Books",
                "public final class Books extends BooksApiDispatcher {",
                "  @Override public String book(String isbn) { return \"book [\" + isbn + \"]\"; }",
                "}"));

    assertBody(books.dispatch(Request.get("/books/%2F")), "book [/]");
    assertThat(books.dispatch(Request.get("/books/")).status()).isEqualTo(404);
  }

  /** Compiles an API and its implementation, the class named by the second source. */
  private static Dispatcher compileAndLoad(JavaFileObject api, JavaFileObject implementation)
      throws ReflectiveOperationException {
    Compilation compilation = compile(api, implementation);
    assertThat(compilation).succeededWithoutWarnings();
    String name = implementation.getName();
    String simpleName = name.substring(name.lastIndexOf('/') + 1, name.length() - ".java".length());
    return new GeneratedClasses(compilation).instantiate("test." + simpleName, Dispatcher.class);
  }

  private static void assertBody(Response response, String body) {
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.bodyText()).isEqualTo(body);
  }

  private static void assertPatternError(String pattern, String message) {
    JavaFileObject api =
        api("interface Api {", "  @Endpoint(\"" + pattern + "\")", "  Response books();", "}");

    Compilation compilation = compile(api);

    assertErrorAt(compilation, api, "\"" + pattern + "\"", message);
    assertThat(compilation).hadErrorCount(1);
  }
}
