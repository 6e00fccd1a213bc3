package dev.planned.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.planned.processor.Compilations.api;
import static dev.planned.processor.Compilations.compile;
import static dev.planned.processor.Compilations.compileWithOptions;
import static dev.planned.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.planned.processor.EclipseCompilation.Reported;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The processor under Eclipse's compiler (ecj), which many users compile with in their IDE: the
 * same generated code, warning-free under ecj's {@code -warn:all} too, and the same errors in the
 * same places as under javac.
 */
class EclipseCompilerTest {
  private static final JavaFileObject LIBRARY_API = Compilations.libraryApi();
  private static final JavaFileObject GOLDEN_DISPATCHER =
      JavaFileObjects.forResource("golden/LibraryApiDispatcher.java");

  /** Every binding and result shape of the generated code, async routes and plans included. */
  private static final JavaFileObject SHOP_API =
      JavaFileObjects.forResource("representative/ShopApi.java");

  /**
   * All of ecj's warnings but string externalisation ({@code -nls}), which asks for every string
   * literal to be marked for translation.
   */
  private static final List<String> ALL_WARNINGS = List.of("-warn:all,-nls");

  @Test
  void libraryApiDispatcherMatchesGoldenFileExactly() throws IOException {
    EclipseCompilation compilation = EclipseCompilation.compile(ALL_WARNINGS, LIBRARY_API);

    assertThat(compilation.diagnostics).isEmpty();
    assertThat(compilation.succeeded).isTrue();
    assertThat(compilation.generatedSource("dev.planned.it.LibraryApiDispatcher"))
        .isEqualTo(GOLDEN_DISPATCHER.getCharContent(true).toString());
  }

  /** No unused parameter, switch without default, implicit unboxing, unclosed stream... */
  @Test
  void generatedCodeHasNoWarningUnderEcjWarnAll() {
    EclipseCompilation compilation = EclipseCompilation.compile(ALL_WARNINGS, SHOP_API);

    assertThat(compilation.diagnostics).isEmpty();
    assertThat(compilation.succeeded).isTrue();
    assertThat(compilation.generatedSource("shop.ShopApiDispatcher")).contains("isAsync");
  }

  @Test
  void generatedCodeHasNoWarningUnderJavacXlintAllWerror() {
    Compilation compilation = compileWithOptions(List.of("-Xlint:all", "-Werror"), SHOP_API);

    assertThat(compilation).succeededWithoutWarnings();
  }

  /** The warning check above can fail: ecj does report what -warn:all looks for. */
  @Test
  void ecjWarnAllReportsAnUnusedParameter() {
    JavaFileObject careless =
        JavaFileObjects.forSourceLines(
            "test.Careless",
            "package test;",
            "final class Careless {",
            "  private static int twice(int value, int unused) {",
            "    return 2 * value;",
            "  }",
            "  static int four() {",
            "    return twice(2, 0);",
            "  }",
            "}");

    EclipseCompilation compilation = EclipseCompilation.compile(ALL_WARNINGS, careless);

    assertThat(compilation.ofKind(Diagnostic.Kind.WARNING).stream().map(Reported::message).toList())
        .containsExactly("The value of the parameter unused is not used");
  }

  // ---- the error catalogue, a slice: the same errors at the same places as under javac --------

  @Test
  void patternErrorsLandWhereJavacPutsThem() {
    assertSameErrorsAsJavac(
        api(
            "interface Api {",
            "  @Endpoint(\"get /books\") String books();",
            "  @Endpoint(\"GET /books/\") String trailing();",
            "  @Endpoint(\"GET /a/{}\") String empty();",
            "}"));
  }

  @Test
  void bindingErrorsLandWhereJavacPutsThem() {
    assertSameErrorsAsJavac(
        api(
            "interface Api {",
            "  @Endpoint(\"GET /books/{isbn}\")",
            "  Response book();",
            "  @Endpoint(\"GET /authors/{id}\")",
            "  Response author(String id, String title);",
            "  @Endpoint(\"POST /loans\")",
            "  Response lend(@Body String a, @Body String b);",
            "  @Endpoint(\"GET /shelves\")",
            "  Response shelves(@Query Thread thread);",
            "}"));
  }

  @Test
  void declarationErrorsLandWhereJavacPutsThem() {
    assertSameErrorsAsJavac(
        api(
            "interface Api {",
            "  @Endpoint(\"GET /books\") String books();",
            "  @Endpoint(\"GET /books\") String again();",
            "  @Planned(\"Soon.\") String notAnEndpoint();",
            "}"));
  }

  /**
   * On a named member such as {@code alternative = "…"}, javac points at the value and ecj at the
   * member's name: both mark the element at fault, each in its own way.
   */
  @Test
  void errorOnANamedMemberIsOnItsNameUnderEcjAndOnItsValueUnderJavac() {
    String line = "  @Planned(alternative = \"GET /nowhere\")";
    JavaFileObject source =
        api(
            "interface Api {",
            "  @Endpoint(\"GET /books\") String books();",
            line,
            "  @Endpoint(\"DELETE /books\") void clear();",
            "}");
    String message =
        "Alternative \"GET /nowhere\" of clear() names no endpoint of Api: write the"
            + " pattern of an implemented endpoint, one of \"GET /books\".";

    List<Reported> ecjErrors =
        EclipseCompilation.compile(List.of(), source).ofKind(Diagnostic.Kind.ERROR);
    Compilation javac = compile(source);

    // line 13: the package line, a blank, seven imports and a blank come first (Compilations.api)
    assertThat(javac)
        .hadErrorContaining(message)
        .inFile(source)
        .onLine(13)
        .atColumn(line.indexOf("\"GET") + 1);
    assertThat(javac).hadErrorCount(1);
    assertThat(ecjErrors).hasSize(1);
    assertThat(ecjErrors.get(0).message()).isEqualTo(message);
    assertThat(ecjErrors.get(0).column()).isEqualTo(line.indexOf("alternative") + 1);
  }

  @Test
  void misplacedAnnotationErrorsLandWhereJavacPutsThem() {
    assertSameErrorsAsJavac(
        source(
            "test.Books",
            "@Planned(\"Soon.\")",
            "class Books {",
            "  @Endpoint(\"GET /books\") String books() { return \"\"; }",
            "}"));
  }

  /**
   * ecj reports the same errors as javac, with the same messages, on the same lines and columns,
   * and no others; there is at least one, so the comparison can fail.
   */
  private static void assertSameErrorsAsJavac(JavaFileObject source) {
    List<String> javacErrors =
        compile(source).errors().stream()
            .map(
                d ->
                    d.getLineNumber() + ":" + d.getColumnNumber() + " " + d.getMessage(Locale.ROOT))
            .toList();
    List<String> ecjErrors =
        EclipseCompilation.compile(List.of(), source).ofKind(Diagnostic.Kind.ERROR).stream()
            .map(d -> d.line() + ":" + d.column() + " " + d.message())
            .toList();

    assertThat(javacErrors).isNotEmpty();
    assertThat(ecjErrors).containsExactlyElementsIn(javacErrors);
  }
}
