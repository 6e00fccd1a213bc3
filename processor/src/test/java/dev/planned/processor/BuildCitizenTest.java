package dev.planned.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.planned.processor.Compilations.api;
import static dev.planned.processor.Compilations.assertErrorAt;
import static dev.planned.processor.Compilations.compile;
import static dev.planned.processor.Compilations.compileWithOptions;
import static dev.planned.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.planned.Dispatcher;
import dev.planned.Request;
import dev.planned.Response;
import dev.planned.testing.CapturedLog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The decisions of the diagnostics catalogue beyond plain errors: @Planned on an interface,
 * inheritance, checked exceptions, warnings for what is probably wrong, the roadmap summary option
 * and the Gradle metadata.
 */
class BuildCitizenTest {
  @RegisterExtension final CapturedLog log = CapturedLog.planned();

  // ---- @Planned on the interface -----------------------------------------------------------

  /** An announced API: every endpoint answers 501, and a subclass has nothing to implement. */
  @Test
  void plannedInterfacePlansEveryEndpointWithoutAPlanOfItsOwn() throws Exception {
    Compilation compilation =
        compileWithOptions(
            List.of("-Xlint:all", "-Werror"),
            source(
                "test.LoansApi",
                "@Planned(value = \"Loans open with 3.0.\", release = \"3.0\")",
                "@Endpoint(\"/loans\")",
                "public interface LoansApi {",
                "  @Endpoint(\"GET /\") String loans();",
                "  @Planned(\"Returns come after loans.\")",
                "  @Endpoint(\"POST /{id}/return\") void giveBack(String id);",
                "}"),
            source("test.Loans", "public final class Loans extends LoansApiDispatcher {}"));

    assertThat(compilation).succeededWithoutWarnings();
    Dispatcher loans =
        new GeneratedClasses(compilation).instantiate("test.Loans", Dispatcher.class);
    Response list = loans.dispatch(Request.get("/loans"));
    assertThat(list.status()).isEqualTo(501);
    assertThat(list.bodyText()).contains("\"detail\":\"Loans open with 3.0.\"");
    assertThat(list.bodyText()).contains("\"release\":\"3.0\"");
    Response giveBack = loans.dispatch(Request.of("POST", "/loans/7/return"));
    assertThat(giveBack.status()).isEqualTo(501);
    assertThat(giveBack.bodyText()).contains("\"detail\":\"Returns come after loans.\"");
    assertThat(giveBack.bodyText()).doesNotContain("release");
  }

  @Test
  void plannedInterfaceWithAlternative() {
    JavaFileObject api =
        api(
            "@Planned(alternative = \"GET /books\")",
            "interface Api {",
            "  @Endpoint(\"GET /books\") String books();",
            "}");

    Compilation compilation = compile(api);

    assertErrorAt(
        compilation,
        api,
        "alternative =",
        "\"GET",
        "@Planned on interface Api names an"
            + " alternative, but an alternative is one endpoint's: move it to the @Planned of the"
            + " endpoint it stands in for.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void plannedInterfaceWithoutEndpoints() {
    JavaFileObject api = api("@Planned(\"Soon.\")", "interface Api {", "  String books();", "}");

    Compilation compilation = compile(api);

    assertErrorAt(
        compilation,
        api,
        "\"Soon.\"",
        "@Planned on interface Api plans its endpoints,"
            + " but it declares none: add @Endpoint methods, or remove @Planned.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void plannedOnClass() {
    JavaFileObject source = api("@Planned(\"Soon.\")", "class Api {", "}");

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        source,
        "\"Soon.\"",
        "@Planned is on class Api: it belongs on an"
            + " API interface or one of its @Endpoint methods.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void alternativeNamingEndpointPlannedByItsInterface() {
    JavaFileObject api =
        api(
            "@Planned",
            "interface Api {",
            "  @Endpoint(\"GET /books\") String books();",
            "  @Planned(alternative = \"GET /books\")",
            "  @Endpoint(\"GET /shelves\") String shelves();",
            "}");

    Compilation compilation = compile(api);

    assertErrorAt(
        compilation,
        api,
        "alternative =",
        "\"GET /books\"",
        "Alternative \"GET /books\" of shelves() names books(), which is planned too: name an"
            + " implemented endpoint, or remove the alternative.");
    assertThat(compilation).hadErrorCount(1);
  }

  // ---- where an API may be declared ----------------------------------------------------------

  @Test
  void interfaceExtendingAnApi() {
    JavaFileObject base =
        source(
            "test.BaseApi",
            "interface BaseApi {",
            "  @Endpoint(\"GET /health\") String health();",
            "}");
    JavaFileObject api =
        api("interface Api extends BaseApi {", "  @Endpoint(\"GET /books\") String books();", "}");

    Compilation compilation = compile(base, api);

    assertErrorAt(
        compilation,
        api,
        "interface Api",
        "API interface Api extends BaseApi, which"
            + " declares endpoints of its own: a dispatcher serves only the endpoints its interface"
            + " declares. Serve both APIs together, e.g. JdkHttpServers.handler(a, b), instead of"
            + " extending, or move the endpoints into one interface.");
    assertThat(compilation).hadErrorCount(1);
  }

  /** A plain super-interface is the user's business: its methods are theirs to implement. */
  @Test
  void interfaceExtendingAPlainInterfaceCompiles() {
    Compilation compilation =
        compileWithOptions(
            List.of("-Xlint:all"),
            source("test.Named", "interface Named { String name(); }"),
            api(
                "interface Api extends Named {",
                "  @Endpoint(\"GET /books\") String books();",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  /**
   * Allowed: the dispatcher's methods declare what the interface declares, and a checked exception
   * thrown at run time is a 500 like any other that is not an HttpException.
   */
  @Test
  void checkedExceptionsAreAllowedAndAnswer500() throws Exception {
    Compilation compilation =
        compileWithOptions(
            List.of("-Xlint:all", "-Werror"),
            source(
                "test.FilesApi",
                "public interface FilesApi {",
                "  @Endpoint(\"GET /files/{name}\") String read(String name) throws"
                    + " java.io.IOException;",
                "}"),
            source(
                "test.Files",
                "public final class Files extends FilesApiDispatcher {",
                "  @Override public String read(String name) throws java.io.IOException {",
                "    throw new java.io.FileNotFoundException(\"/secret/\" + name);",
                "  }",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    Dispatcher files =
        new GeneratedClasses(compilation).instantiate("test.Files", Dispatcher.class);
    Response response = files.dispatch(Request.get("/files/a"));
    assertThat(response.status()).isEqualTo(500);
    assertThat(response.bodyText()).doesNotContain("secret");
    assertThat(log.lines())
        .containsExactly(
            "SEVERE GET /files/{name} failed for GET /files/a:"
                + " java.io.FileNotFoundException: /secret/a");
  }

  @Test
  void apiWithoutEndpointsServesNoMethod() throws Exception {
    Compilation compilation =
        compile(
            source("test.EmptyApi", "@Endpoint(\"/v1\")", "public interface EmptyApi {", "}"),
            source("test.Empty", "public final class Empty extends EmptyApiDispatcher {}"));

    assertThat(compilation).succeededWithoutWarnings();
    Dispatcher empty =
        new GeneratedClasses(compilation).instantiate("test.Empty", Dispatcher.class);
    assertThat(empty.routes()).isEmpty();
    assertThat(empty.dispatch(Request.get("/v1")).status()).isEqualTo(501);
    Response options = empty.dispatch(Request.of("OPTIONS", "*"));
    assertThat(options.status()).isEqualTo(204);
    assertThat(options.header("Allow")).hasValue("OPTIONS");
  }

  // ---- warnings: compiles, but probably wrong --------------------------------------------------

  @Test
  void pathsDifferingOnlyInCaseWarn() {
    assertOnlyWarning(
        "\"PUT /Books",
        "Route \"PUT /Books/{isbn}\" on replace() differs from"
            + " \"GET /books/{id}\" on book() only in letter case: paths are case-sensitive, so"
            + " clients must match each exactly. Spell them the same.",
        "interface Api {",
        "  @Endpoint(\"GET /books/{id}\") String book(String id);",
        "  @Endpoint(\"PUT /Books/{isbn}\") String replace(String isbn);",
        "}");
  }

  @Test
  void relativeLinkWarns() {
    assertOnlyWarning(
        "\"roadmap#loans\"",
        "Link \"roadmap#loans\" of @Planned on lend is not"
            + " an absolute URL, and clients receive it as written: write it in full, e.g."
            + " \"https://example.org/roadmap\".",
        "interface Api {",
        "  @Planned(link = \"roadmap#loans\")",
        "  @Endpoint(\"POST /loans\") String lend();",
        "}");
  }

  @Test
  void bodyOfDeleteWarns() {
    assertOnlyWarning(
        "isbns",
        "Parameter isbns of remove() is the @Body of a DELETE, to which"
            + " RFC 9110 gives no meaning, and which some clients and proxies drop: name what to"
            + " delete in the path or query, or use POST.",
        "interface Api {",
        "  @Endpoint(\"DELETE /books\") void remove(@Body String isbns);",
        "}");
  }

  /** They may be served apart, so not an error; served together, Router.of refuses them. */
  @Test
  void routesOverlappingAcrossApisCompiledTogetherWarnNamingBoth() {
    JavaFileObject books =
        source(
            "test.BooksApi",
            "interface BooksApi {",
            "  @Endpoint(\"GET /books/{isbn}\") String book(String isbn);",
            "  @Endpoint(\"GET /health\") String health();",
            "}");
    JavaFileObject admin =
        source(
            "test.AdminApi",
            "@Endpoint(\"/books\")",
            "interface AdminApi {",
            "  @Endpoint(\"GET /stats\") String stats();",
            "  @Endpoint(\"POST /health\") String check();",
            "}");

    Compilation compilation = compile(books, admin);

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "Route \"GET /books/stats\" on stats() of AdminApi overlaps \"GET /books/{isbn}\" on"
                + " book() of BooksApi (both match GET /books/stats): serving both APIs in one"
                + " server fails at start-up. Change one path, or serve them apart.")
        .inFile(admin)
        .onLineContaining("GET /stats");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void suppressWarningsPlannedSilencesTheWarnings() {
    Compilation compilation =
        compileWithOptions(
            List.of("-Xlint:all", "-Werror"),
            source(
                "test.BooksApi",
                "interface BooksApi {",
                "  @Endpoint(\"GET /books/{isbn}\") String book(String isbn);",
                "}"),
            source(
                "test.AdminApi",
                "@SuppressWarnings(\"planned\") // served apart from BooksApi",
                "@Endpoint(\"/books\")",
                "interface AdminApi {",
                "  @Endpoint(\"GET /stats\") String stats();",
                "  @Endpoint(\"DELETE /Stats\") void clear(@Body String which);",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  /**
   * The overlap warning lands on whichever API is compiled later, which the user does not choose:
   * {@code @SuppressWarnings("planned")} on either API, or on either endpoint, silences it, with
   * the sources in either order.
   */
  @Test
  void suppressWarningsPlannedOnEitherSideSilencesAnOverlapAcrossApis() {
    String suppress = "@SuppressWarnings(\"planned\")";
    for (boolean onBooks : List.of(true, false)) {
      for (boolean onInterface : List.of(true, false)) {
        String onBooksApi = onBooks && onInterface ? suppress : "";
        String onBookMethod = onBooks && !onInterface ? suppress : "";
        String onAdminApi = !onBooks && onInterface ? suppress : "";
        String onStatsMethod = !onBooks && !onInterface ? suppress : "";
        JavaFileObject books =
            source(
                "test.BooksApi",
                onBooksApi,
                "interface BooksApi {",
                "  " + onBookMethod + " @Endpoint(\"GET /books/{isbn}\") String book(String isbn);",
                "}");
        JavaFileObject admin =
            source(
                "test.AdminApi",
                onAdminApi,
                "@Endpoint(\"/books\")",
                "interface AdminApi {",
                "  " + onStatsMethod + " @Endpoint(\"GET /stats\") String stats();",
                "}");
        for (List<JavaFileObject> order : List.of(List.of(books, admin), List.of(admin, books))) {
          Compilation compilation =
              compileWithOptions(
                  List.of("-Xlint:all", "-Werror"), order.toArray(JavaFileObject[]::new));

          assertWithMessage(
                  "suppressed on %s %s, compiled in the order %s",
                  onBooks ? "BooksApi" : "AdminApi",
                  onInterface ? "interface" : "endpoint",
                  order.stream().map(JavaFileObject::getName).toList())
              .that(
                  compilation.diagnostics().stream()
                      .map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT))
                      .toList())
              .isEmpty();
          assertThat(compilation).succeededWithoutWarnings();
        }
      }
    }
  }

  /** Without the annotation, the same two APIs warn in either order: the test above can fail. */
  @Test
  void overlapAcrossApisWarnsInEitherOrder() {
    JavaFileObject books =
        source(
            "test.BooksApi",
            "interface BooksApi {",
            "  @Endpoint(\"GET /books/{isbn}\") String book(String isbn);",
            "}");
    JavaFileObject admin =
        source(
            "test.AdminApi",
            "@Endpoint(\"/books\")",
            "interface AdminApi {",
            "  @Endpoint(\"GET /stats\") String stats();",
            "}");

    assertThat(compile(books, admin)).hadWarningCount(1);
    assertThat(compile(admin, books)).hadWarningCount(1);
  }

  @Test
  void absoluteLinksAndConsistentCaseDoNotWarn() {
    Compilation compilation =
        compileWithOptions(
            List.of("-Xlint:all"),
            api(
                "interface Api {",
                "  @Endpoint(\"GET /books/{id}\") String book(String id);",
                "  @Endpoint(\"GET /books/new\") String newest();",
                "  @Planned(link = \"https://example.org/roadmap#loans\")",
                "  @Endpoint(\"POST /loans\") String lend();",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  // ---- the roadmap summary ---------------------------------------------------------------------

  private static final JavaFileObject ROADMAP_API =
      api(
          "interface Api {",
          "  @Endpoint(\"GET /books\") String books();",
          "  @Planned(release = \"2.0\") @Endpoint(\"PATCH /books\") String patch();",
          "  @Planned(release = \"1.5\") @Endpoint(\"POST /loans\") String lend();",
          "  @Planned(release = \"2.0\") @Endpoint(\"DELETE /books\") void clear();",
          "  @Planned @Endpoint(\"GET /loans\") String loans();",
          "}");

  @Test
  void summaryIsANotePerApiWhenAskedFor() {
    Compilation compilation = compileWithOptions(List.of("-Aplanned.summary"), ROADMAP_API);

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadNoteContaining("Api: 5 endpoints, 4 planned (1 for 1.5, 2 for 2.0)")
        .inFile(ROADMAP_API)
        .onLineContaining("interface Api");
  }

  @Test
  void summaryIsOffByDefaultAndWithFalse() {
    for (List<String> options : List.of(List.<String>of(), List.of("-Aplanned.summary=false"))) {
      Compilation compilation = compileWithOptions(options, ROADMAP_API);

      assertThat(compilation).succeededWithoutWarnings();
      assertThat(compilation.notes().stream().map(d -> d.getMessage(Locale.ROOT)).toList())
          .isEmpty();
    }
  }

  @Test
  void summaryOptionWithAnotherValueWarns() {
    Compilation compilation = compileWithOptions(List.of("-Aplanned.summary=yes"), ROADMAP_API);

    assertThat(compilation)
        .hadWarningContaining(
            "Option -Aplanned.summary=yes is neither true nor" + " false: the summary stays off.");
  }

  /** javac warns about options no processor supports: Planned must declare its own. */
  @Test
  void summaryOptionIsDeclared() {
    Compilation compilation =
        compileWithOptions(List.of("-Xlint:all", "-Werror", "-Aplanned.summary=true"), ROADMAP_API);

    assertThat(compilation).succeeded();
  }

  // ---- Gradle --------------------------------------------------------------------------------

  @Test
  void gradleTreatsTheProcessorAsIsolating() throws IOException {
    try (InputStream in =
        PlannedProcessor.class
            .getClassLoader()
            .getResourceAsStream("META-INF/gradle/incremental.annotation.processors")) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())
          .isEqualTo(PlannedProcessor.class.getName() + ",isolating");
    }
  }

  /**
   * The API compiles, with exactly one warning: this message, on the line containing {@code
   * marker}.
   */
  private static void assertOnlyWarning(String marker, String message, String... lines) {
    JavaFileObject file = api(lines);
    Compilation compilation = compile(file);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining(message).inFile(file).onLineContaining(marker);
    List<String> warnings =
        compilation.warnings().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.WARNING)
            .map(d -> d.getMessage(Locale.ROOT))
            .toList();
    assertThat(warnings).containsExactly(message);
  }
}
