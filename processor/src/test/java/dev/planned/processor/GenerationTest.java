package dev.planned.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.planned.processor.Compilations.compile;
import static dev.planned.processor.Compilations.compileWithOptions;
import static dev.planned.processor.Compilations.source;

import com.google.common.collect.Lists;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** APIs that compile: what is generated, and that it is the same every time. */
class GenerationTest {
  /** integration-tests' LibraryApi, the API of the foundation issue. */
  private static final JavaFileObject LIBRARY_API = Compilations.libraryApi();

  /** Its dispatcher as generated: update it when the generated code changes on purpose. */
  private static final JavaFileObject GOLDEN_DISPATCHER =
      JavaFileObjects.forResource("golden/LibraryApiDispatcher.java");

  @Test
  void libraryApiCompilesWithoutWarningsUnderXlintAll() {
    Compilation compilation = compileWithOptions(List.of("-Xlint:all"), LIBRARY_API);

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void libraryApiCompilesUnderWerror() {
    Compilation compilation = compileWithOptions(List.of("-Xlint:all", "-Werror"), LIBRARY_API);

    assertThat(compilation).succeededWithoutWarnings();
  }

  /** The generated source, comments and layout included, is the golden file's. */
  @Test
  void libraryApiDispatcherMatchesGoldenFileExactly() throws IOException {
    Compilation compilation = compile(LIBRARY_API);

    assertThat(compilation)
        .generatedSourceFile("dev.planned.it.LibraryApiDispatcher")
        .contentsAsUtf8String()
        .isEqualTo(GOLDEN_DISPATCHER.getCharContent(true).toString());
  }

  /**
   * The same, comparing syntax trees as Compile-Testing does: its parser needs javac's internal
   * packages, which the JVM must export to the tests (see {@link JavacInternals}).
   */
  @Test
  void libraryApiDispatcherIsSourceEquivalentToGoldenFile() {
    JavacInternals.assumeExported();
    Compilation compilation = compile(LIBRARY_API);

    assertThat(compilation)
        .generatedSourceFile("dev.planned.it.LibraryApiDispatcher")
        .hasSourceEquivalentTo(GOLDEN_DISPATCHER);
  }

  /**
   * javac's "overridden method is final" does not say why: the planned method's Javadoc, which IDEs
   * show, does. A plan by the interface says where its {@code @Planned} is.
   */
  @Test
  void plannedMethodJavadocNamesThePlanOfItsInterface() {
    Compilation compilation =
        compileWithOptions(
            List.of("-Xlint:all", "-Werror"),
            source(
                "test.LoansApi",
                "@Planned(value = \"Loans open with 3.0.\", release = \"3.0\")",
                "public interface LoansApi {",
                "  @Endpoint(\"GET /loans\") String loans();",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.LoansApiDispatcher")
        .contentsAsUtf8String()
        .contains(
            String.join(
                "\n",
                "   * Planned for 3.0: \"Loans open with 3.0.\"",
                "   * Answered with {@code 501 Not Implemented} over HTTP; throws {@link"
                    + " NotImplementedException}",
                "   * if called.",
                "   *",
                "   * <p>Final while {@link LoansApi} carries {@code @Planned}, which plans every"
                    + " endpoint",
                "   * without a {@code @Planned} of its own: implementing it fails with javac's",
                "   * \"overridden method is final\". To ship the endpoint, remove {@code @Planned}"
                    + " from",
                "   * {@link LoansApi} (give the endpoints still to come a {@code @Planned} each)"
                    + " and implement",
                "   * it in your subclass.",
                "   */",
                "  @Override",
                "  public final String loans() {"));
  }

  /**
   * A plan's text cannot end the comment, start a unicode escape (which javac reads in comments
   * too) or an HTML or Javadoc tag: it reads as written.
   */
  @Test
  void planTextIsEscapedInTheJavadoc() {
    Compilation compilation =
        compileWithOptions(
            List.of("-Xlint:all", "-Werror"),
            source(
                "test.Api",
                "public interface Api {",
                "  @Planned(value = \"Soon */ <b>bold</b> @since \\\\u0041 & more\", release ="
                    + " \"2.0\")",
                "  @Endpoint(\"GET /a\") String a();",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.ApiDispatcher")
        .contentsAsUtf8String()
        .contains(
            "   * Planned for 2.0: \"Soon *&#47; &lt;b&gt;bold&lt;/b&gt; &#64;since &#92;u0041"
                + " &amp; more\"\n");
  }

  @Test
  void nestedInterfaceJoinsNamesWithUnderscore() {
    Compilation compilation =
        compileWithOptions(
            List.of("-Xlint:all"),
            source(
                "test.Outer",
                "public class Outer {",
                "  public interface Api {",
                "    @Endpoint(\"GET /books\") String books();",
                "  }",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.Outer_ApiDispatcher")
        .contentsAsUtf8String()
        .contains(
            "public abstract class Outer_ApiDispatcher extends ApiDispatcher implements Outer.Api"
                + " {");
  }

  /** With no implemented endpoint, invoke() has no case; a switch expression would not compile. */
  @Test
  void apiWithOnlyPlannedEndpointsCompilesWithoutWarnings() {
    Compilation compilation =
        compileWithOptions(
            List.of("-Xlint:all", "-Werror"),
            source(
                "test.Announced",
                "public interface Announced {",
                "  @Planned(\"Soon.\") @Endpoint(\"GET /a\") String a();",
                "  @Planned(\"Later.\") @Endpoint(\"POST /b\") void b(@Body String body);",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void apiWithoutEndpointsCompilesWithoutWarnings() {
    Compilation compilation =
        compileWithOptions(
            List.of("-Xlint:all", "-Werror"),
            source("test.Empty", "@Endpoint(\"/v1\")", "public interface Empty {", "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.EmptyDispatcher")
        .contentsAsUtf8String()
        .contains("List<Route> ROUTES = List.of();");
  }

  /** Names the generated code uses itself still work as parameter names. */
  @Test
  void parametersNamedLikeGeneratedMembersCompile() {
    Compilation compilation =
        compileWithOptions(
            List.of("-Xlint:all", "-Werror"),
            source(
                "test.Clash",
                "public interface Clash {",
                "  @Endpoint(\"GET /a/{ROUTES}/{path}/{request}\")",
                "  String a(String ROUTES, String path, String request, @Query String result);",
                "  @Planned @Endpoint(\"GET /b/{ROUTES}\") String b(String ROUTES);",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void dispatcherIsPublicOnlyForAPublicInterface() throws ClassNotFoundException {
    Compilation compilation =
        compile(
            source(
                "test.PublicApi",
                "public interface PublicApi {",
                "  @Endpoint(\"GET /a\") String a();",
                "}"),
            source(
                "test.PackageApi",
                "interface PackageApi {",
                "  @Endpoint(\"GET /b\") String b();",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    GeneratedClasses classes = new GeneratedClasses(compilation);
    assertThat(Modifier.isPublic(classes.loadClass("test.PublicApiDispatcher").getModifiers()))
        .isTrue();
    assertThat(Modifier.isPublic(classes.loadClass("test.PackageApiDispatcher").getModifiers()))
        .isFalse();
  }

  @Test
  void generatedSourcesAreTheSameEveryTimeAndInAnyOrder() throws IOException {
    List<JavaFileObject> sources =
        List.of(
            LIBRARY_API,
            source(
                "test.Outer",
                "public class Outer {",
                "  @Endpoint(\"/v2\")",
                "  public interface Api {",
                "    @Endpoint(\"GET /x/{id}\") String x(String id);",
                "    @Endpoint(\"GET /{a}/y/z\") String y(String a);",
                "    @Endpoint(\"POST /x/new\") void post(Request request);",
                "  }",
                "}"),
            source(
                "test.Other",
                "interface Other {",
                "  @Planned(\"Soon.\") @Endpoint(\"DELETE /all\") Response clear();",
                "  @Endpoint(\"GET /all/{rest...}\") Response all(String rest);",
                "}"));

    Map<String, String> first = generatedSources(sources);
    Map<String, String> again = generatedSources(sources);
    Map<String, String> reversed = generatedSources(Lists.reverse(sources));

    assertThat(first.keySet()).hasSize(3);
    assertThat(again).isEqualTo(first);
    assertThat(reversed).isEqualTo(first);
  }

  /** Every generated source of a successful compilation, by its path. */
  private static Map<String, String> generatedSources(List<JavaFileObject> sources)
      throws IOException {
    Compilation compilation = compile(sources.toArray(JavaFileObject[]::new));
    assertThat(compilation).succeeded();
    Map<String, String> contents = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      contents.put(file.toUri().getPath(), file.getCharContent(true).toString());
    }
    return contents;
  }
}
