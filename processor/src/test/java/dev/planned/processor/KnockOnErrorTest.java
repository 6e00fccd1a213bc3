package dev.planned.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.planned.processor.Compilations.compileWithOptions;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * An API with an error, and user code that uses its dispatcher: the user sees the API's errors, and
 * nothing else. Without a class of the dispatcher's name, javac would add a "cannot find symbol …
 * class TodoApiDispatcher" at each use, burying them; Planned writes a placeholder of that name
 * instead, which never lets the broken API compile.
 */
class KnockOnErrorTest {
  private static final JavaFileObject TODO_API =
      JavaFileObjects.forSourceLines(
          "demo.TodoApi",
          "package demo;",
          "",
          "import dev.planned.Endpoint;",
          "import dev.planned.Planned;",
          "",
          "public interface TodoApi {",
          "  @Endpoint(\"GET /todos/{id}\")",
          "  String todo(String name);",
          "",
          "  @Endpoint(\"POST /todos\")",
          "  String create(@dev.planned.Body String text);",
          "",
          "  @Planned(\"Soon.\")",
          "  @Endpoint(\"DELETE /todos/{id}\")",
          "  void remove(String id);",
          "}");

  /** Extends the dispatcher, implements what is not planned, and names the dispatcher's type. */
  private static final JavaFileObject TODOS =
      JavaFileObjects.forSourceLines(
          "demo.Todos",
          "package demo;",
          "",
          "public final class Todos extends TodoApiDispatcher {",
          "  @Override",
          "  public String todo(String name) {",
          "    return name;",
          "  }",
          "",
          "  @Override",
          "  public String create(String text) {",
          "    return text;",
          "  }",
          "",
          "  static TodoApiDispatcher create() {",
          "    return new Todos();",
          "  }",
          "}");

  private static final JavaFileObject MAIN =
      JavaFileObjects.forSourceLines(
          "demo.Main",
          "package demo;",
          "",
          "public final class Main {",
          "  private static final TodoApiDispatcher TODOS = new Todos();",
          "",
          "  public static void main(String[] args) {",
          "    TodoApiDispatcher todos = Todos.create();",
          "    System.out.println(todos.routes() + \" \" + TODOS.routes());",
          "  }",
          "}");

  private static final String PARAMETER_ERROR =
      "Parameter name of todo() matches no wildcard of \"GET /todos/{id}\": rename it after one"
          + " ({id}), add {name} to the path, or annotate it @Query, @Header or @Body.";
  private static final String WILDCARD_ERROR =
      "Wildcard {id} of \"GET /todos/{id}\" binds no"
          + " parameter of todo(): add a parameter named id.";

  @Test
  void onlyTheApisErrorsAreReported() {
    Compilation compilation = compileWithOptions(List.of(), TODO_API, TODOS, MAIN);

    assertThat(messages(compilation))
        .containsExactly("ERROR 8:22 " + PARAMETER_ERROR, "ERROR 7:13 " + WILDCARD_ERROR);
    assertThat(compilation).failed();
  }

  /**
   * Error Prone's set-up ({@code --should-stop=ifError=FLOW}) makes javac check the user's classes
   * even after errors: the placeholder's shape (constructors, planned endpoints final) leaves them
   * nothing to report.
   */
  @Test
  void onlyTheApisErrorsAreReportedWhenJavacGoesOnCheckingAfterErrors() {
    Compilation compilation =
        compileWithOptions(
            List.of("-XDshould-stop.ifError=FLOW", "-Xlint:all"), TODO_API, TODOS, MAIN);

    assertThat(messages(compilation))
        .containsExactly("ERROR 8:22 " + PARAMETER_ERROR, "ERROR 7:13 " + WILDCARD_ERROR);
    assertThat(compilation).failed();
  }

  @Test
  void onlyTheApisErrorsAreReportedUnderEcj() {
    EclipseCompilation compilation = EclipseCompilation.compile(List.of(), TODO_API, TODOS, MAIN);

    assertThat(compilation.succeeded).isFalse();
    assertThat(
            compilation.diagnostics.stream()
                .map(d -> d.kind() + " " + d.file() + " " + d.message())
                .toList())
        .containsExactly(
            "ERROR TodoApi.java " + PARAMETER_ERROR, "ERROR TodoApi.java " + WILDCARD_ERROR);
  }

  /**
   * A generic or private API gets no placeholder, which could not implement it as written: there
   * each use of the dispatcher is still an error of its own, which is what the tests above would
   * see without the placeholder.
   */
  @Test
  void aGenericApiGetsNoPlaceholder() {
    JavaFileObject generic =
        JavaFileObjects.forSourceLines(
            "demo.ListApi",
            "package demo;",
            "",
            "public interface ListApi<T> {",
            "  @dev.planned.Endpoint(\"GET /items\")",
            "  String items();",
            "}");
    JavaFileObject lists =
        JavaFileObjects.forSourceLines(
            "demo.Lists", "package demo;", "", "final class Lists extends ListApiDispatcher {}");

    Compilation compilation = compileWithOptions(List.of(), generic, lists);

    assertThat(messages(compilation))
        .containsExactly(
            "ERROR 3:8 API interface ListApi is generic: a dispatcher serves one concrete API, so"
                + " remove the type parameters.",
            "ERROR 3:27 cannot find symbol\n  symbol: class ListApiDispatcher");
  }

  private static List<String> messages(Compilation compilation) {
    return compilation.diagnostics().stream()
        .map(
            d ->
                d.getKind()
                    + " "
                    + d.getLineNumber()
                    + ":"
                    + d.getColumnNumber()
                    + " "
                    + d.getMessage(Locale.ROOT))
        .toList();
  }
}
