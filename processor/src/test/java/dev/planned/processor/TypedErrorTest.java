package dev.planned.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.planned.processor.Compilations.api;
import static dev.planned.processor.Compilations.assertErrorAt;
import static dev.planned.processor.Compilations.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Typed parameters and results Planned cannot bind or write: one error each, at the culprit. */
class TypedErrorTest {
  static final String CANNOT_WRITE =
      ", which Planned cannot write: return Response, String (text), byte[], void, a type the JSON"
          + " codec writes (without wildcards or type variables), a Reply of one of those bodies,"
          + " an Optional of one, or a CompletionStage of any of those.";

  @Test
  void twoBodies() {
    assertOnlyError(
        "draft2",
        "Endpoint add() has two @Body parameters, draft and draft2: a"
            + " request has one body; keep one.",
        "interface Api {",
        "  @Endpoint(\"POST /books\")",
        "  Response add(@Body String draft,",
        "      @Body String draft2);",
        "}");
  }

  @Test
  void bodyOnGet() {
    assertOnlyError(
        "draft",
        "Parameter draft of find() is the @Body of a GET, whose requests"
            + " carry none: use POST, PUT or PATCH, or take the value from @Query.",
        "interface Api {",
        "  @Endpoint(\"GET /books\")",
        "  Response find(@Body String draft);",
        "}");
  }

  @Test
  void bodyOfOptional() {
    assertOnlyError(
        "draft",
        "@Body draft of add() has type java.util.Optional<java.lang.String>, which Planned cannot"
            + " read: use String, byte[], InputStream, or a type the JSON codec reads, without"
            + " wildcards or type variables.",
        "interface Api {",
        "  @Endpoint(\"POST /books\")",
        "  Response add(@Body java.util.Optional<String> draft);",
        "}");
  }

  @Test
  void bodyWithWildcardType() {
    assertOnlyError(
        "drafts",
        "@Body drafts of add() has type java.util.List<?>, which Planned cannot read: use String,"
            + " byte[], InputStream, or a type the JSON codec reads, without wildcards or type"
            + " variables.",
        "interface Api {",
        "  @Endpoint(\"POST /books\")",
        "  Response add(@Body java.util.List<?> drafts);",
        "}");
  }

  @Test
  void optionalOnPathWildcard() {
    assertOnlyError(
        "id)",
        "Path parameter id of book() is Optional<String>, but a path wildcard"
            + " is always present: declare it as the value type itself.",
        "interface Api {",
        "  @Endpoint(\"GET /books/{id}\")",
        "  Response book(java.util.Optional<String> id);",
        "}");
  }

  @Test
  void optionalIntOnPathWildcard() {
    assertOnlyError(
        "id)",
        "Path parameter id of book() is OptionalInt, but a path wildcard is"
            + " always present: declare it as the value type itself.",
        "interface Api {",
        "  @Endpoint(\"GET /books/{id}\")",
        "  Response book(java.util.OptionalInt id);",
        "}");
  }

  @Test
  void unconvertibleQueryType() {
    assertOnlyError(
        "since",
        "Parameter since of books() has type java.lang.Object, which Planned cannot convert from"
            + " text: use String, a primitive or its box, an enum, a type with a static"
            + " valueOf(String), of(String) or parse(CharSequence) or a String constructor, or"
            + " Optional or List of one (for @Query and @Header).",
        "interface Api {",
        "  @Endpoint(\"GET /books\")",
        "  Response books(@Query Object since);",
        "}");
  }

  @Test
  void defaultThatDoesNotConvert() {
    assertOnlyError(
        "\"many\"",
        "Default value \"many\" of @Query parameter limit of books() is"
            + " not an int: write a value that converts.",
        "interface Api {",
        "  @Endpoint(\"GET /books\")",
        "  Response books(@Query(defaultValue = \"many\") int limit);",
        "}");
  }

  @Test
  void defaultThatIsNoEnumConstant() {
    assertOnlyError(
        "\"PURPLE\"",
        "Default value \"PURPLE\" of @Query parameter color of"
            + " books() is not one of RED, GREEN: write a value that converts.",
        "interface Api {",
        "  enum Color { RED, GREEN }",
        "  @Endpoint(\"GET /books\")",
        "  Response books(@Query(defaultValue = \"PURPLE\") Color color);",
        "}");
  }

  @Test
  void defaultOnOptional() {
    assertOnlyError(
        "\"20\"",
        "Parameter limit of books() has a default value, so it is never"
            + " absent: declare it as the value type rather than Optional<Integer>, or remove the"
            + " default.",
        "interface Api {",
        "  @Endpoint(\"GET /books\")",
        "  Response books(@Query(defaultValue = \"20\") java.util.Optional<Integer> limit);",
        "}");
  }

  @Test
  void headerNameThatIsNoToken() {
    assertOnlyError(
        "\"X Trace\"",
        "Header name \"X Trace\" of parameter trace of books() is"
            + " not an HTTP token: name the header, e.g. @Header(\"X-Request-Id\").",
        "interface Api {",
        "  @Endpoint(\"GET /books\")",
        "  Response books(@Header(\"X Trace\") String trace);",
        "}");
  }

  @Test
  void twoSources() {
    assertOnlyError(
        "q)",
        "Parameter q of books() has more than one of @Query, @Header and @Body:"
            + " keep the one it comes from.",
        "interface Api {",
        "  @Endpoint(\"POST /books\")",
        "  Response books(@Query @Header String q);",
        "}");
  }

  @Test
  void statusOutsideSuccess() {
    assertOnlyError(
        "404",
        "Status 404 of book() is not a success status: use 2xx here, and"
            + " throw HttpException for errors.",
        "interface Api {",
        "  @Endpoint(value = \"GET /books/{id}\", status = 404)",
        "  String book(String id);",
        "}");
  }

  @Test
  void noContentStatusWithABody() {
    assertOnlyError(
        "204",
        "Status 204 of book() has no body, but the method returns"
            + " java.lang.String: return void, or use 200.",
        "interface Api {",
        "  @Endpoint(value = \"GET /books/{id}\", status = 204)",
        "  String book(String id);",
        "}");
  }

  @Test
  void statusOnResponse() {
    assertOnlyError(
        "201",
        "Endpoint add() returns a Response, which carries its own status:"
            + " remove status = 201.",
        "interface Api {",
        "  @Endpoint(value = \"POST /books\", status = 201)",
        "  Response add();",
        "}");
  }

  @Test
  void optionalVoidResult() {
    assertOnlyError(
        "remove(",
        "Endpoint remove() returns java.util.Optional<java.lang.Void>" + CANNOT_WRITE,
        "interface Api {",
        "  @Endpoint(\"DELETE /books/{id}\")",
        "  java.util.Optional<Void> remove(String id);",
        "}");
  }

  @Test
  void completionStageOfWildcard() {
    assertOnlyError(
        "book(",
        "Endpoint book() returns java.util.concurrent.CompletionStage<?>" + CANNOT_WRITE,
        "interface Api {",
        "  @Endpoint(\"GET /books/{id}\")",
        "  java.util.concurrent.CompletionStage<?> book(String id);",
        "}");
  }

  @Test
  void typeVariableInResult() {
    JavaFileObject api =
        api(
            "interface Api<T> {",
            "  @Endpoint(\"GET /books\")",
            "  java.util.List<T> books();",
            "}");

    Compilation compilation = compile(api);

    assertErrorAt(
        compilation, api, "books(", "Endpoint books() returns java.util.List<T>" + CANNOT_WRITE);
    assertErrorAt(
        compilation,
        api,
        "interface Api<T>",
        "API interface Api is generic: a"
            + " dispatcher serves one concrete API, so remove the type parameters.");
    assertThat(compilation).hadErrorCount(2);
  }

  /** The error at the line and column of {@code marker}, and no other error. */
  private static void assertOnlyError(String marker, String message, String... lines) {
    JavaFileObject api = api(lines);
    Compilation compilation = compile(api);
    assertErrorAt(compilation, api, marker, message);
    assertThat(compilation).hadErrorCount(1);
  }
}
