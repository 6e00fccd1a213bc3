package dev.planned.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.planned.processor.Compilations.assertErrorAt;
import static dev.planned.processor.Compilations.compile;
import static dev.planned.processor.Compilations.compileWithOptions;
import static dev.planned.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Client}: the client written, and its misuse. */
class ClientGenerationTest {
  /** An API with every shape of request and result a client writes. */
  private static final JavaFileObject CATALOG_API =
      JavaFileObjects.forResource("golden/CatalogApi.java");

  /** Its client as generated: update it when the generated code changes on purpose. */
  private static final JavaFileObject GOLDEN_CLIENT =
      JavaFileObjects.forResource("golden/CatalogApiClient.java");

  @Test
  void clientCompilesWithoutWarningsUnderXlintAllAndWerror() {
    Compilation compilation = compileWithOptions(List.of("-Xlint:all", "-Werror"), CATALOG_API);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("dev.planned.it.CatalogApiClient");
    assertThat(compilation).generatedSourceFile("dev.planned.it.CatalogApiDispatcher");
  }

  /**
   * Warning-free under Eclipse's compiler too, which many users build with in their IDE: no import
   * used only by Javadoc, no primitive boxed into an {@code Object} parameter.
   */
  @Test
  void clientCompilesWithoutWarningsUnderEcjWarnAll() {
    EclipseCompilation compilation =
        EclipseCompilation.compile(List.of("-warn:all,-nls"), CATALOG_API);

    assertThat(compilation.diagnostics).isEmpty();
    assertThat(compilation.succeeded).isTrue();
    assertThat(compilation.generatedSource("dev.planned.it.CatalogApiClient"))
        .contains("implements CatalogApi");
  }

  /** The generated source, comments and layout included, is the golden file's. */
  @Test
  void clientMatchesGoldenFileExactly() throws IOException {
    Compilation compilation = compile(CATALOG_API);

    assertThat(compilation)
        .generatedSourceFile("dev.planned.it.CatalogApiClient")
        .contentsAsUtf8String()
        .isEqualTo(GOLDEN_CLIENT.getCharContent(true).toString());
  }

  @Test
  void outputIsTheSameEveryTime() {
    String first = clientSource(compile(CATALOG_API));
    String second = clientSource(compile(CATALOG_API));

    assertThat(second).isEqualTo(first);
  }

  @Test
  void noClientWithoutTheAnnotation() {
    Compilation compilation =
        compile(
            source(
                "test.Api", "public interface Api {", "  @Endpoint(\"GET /a\") String a();", "}"));

    assertThat(compilation).succeeded();
    assertThat(compilation.generatedSourceFiles().stream().map(JavaFileObject::getName).toList())
        .doesNotContain("/SOURCE_OUTPUT/test/ApiClient.java");
    assertThat(
            compilation.generatedSourceFiles().stream()
                .anyMatch(file -> file.getName().endsWith("ApiClient.java")))
        .isFalse();
  }

  @Test
  void aNestedApiGetsAClientNamedLikeItsDispatcher() {
    Compilation compilation =
        compileWithOptions(
            List.of("-Xlint:all", "-Werror"),
            source(
                "test.Outer",
                "public interface Outer {",
                "  @dev.planned.Client",
                "  interface Api {",
                "    @Endpoint(\"GET /a/{name}\") String a(String name);",
                "  }",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.Outer_ApiClient");
  }

  @Test
  void aRequestParameterCannotBeSent() {
    JavaFileObject api =
        source(
            "test.Api",
            "@dev.planned.Client",
            "public interface Api {",
            "  @Endpoint(\"PUT /books/{isbn}\") Response replace(String isbn, Request request);",
            "}");

    Compilation compilation = compile(api);

    assertErrorAt(
        compilation,
        api,
        "Request request",
        "request);",
        "Parameter request of replace() is the whole Request, which a client cannot send:"
            + " declare what the endpoint reads (@Query, @Header, @Body parameters), or remove"
            + " @Client from Api.");
  }

  @Test
  void clientOnAClassIsMisplaced() {
    JavaFileObject source =
        source("test.Books", "@dev.planned.Client", "public class Books {", "}");

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        source,
        "@dev.planned.Client",
        "@Client on class Books: it belongs on an API interface, one with @Endpoint methods,"
            + " whose client it asks for.");
  }

  @Test
  void clientOnAnInterfaceWithoutEndpointsIsMisplaced() {
    JavaFileObject source =
        source(
            "test.Books",
            "@dev.planned.Client",
            "public interface Books {",
            "  String title();",
            "}");

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        source,
        "@dev.planned.Client",
        "@Client on interface without endpoints Books: it belongs on an API interface, one with"
            + " @Endpoint methods, whose client it asks for.");
  }

  private static String clientSource(Compilation compilation) {
    try {
      return compilation
          .generatedSourceFile("dev.planned.it.CatalogApiClient")
          .orElseThrow()
          .getCharContent(true)
          .toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
