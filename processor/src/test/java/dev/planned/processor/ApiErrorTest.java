package dev.planned.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.planned.processor.Compilations.api;
import static dev.planned.processor.Compilations.assertErrorAt;
import static dev.planned.processor.Compilations.compile;
import static dev.planned.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * APIs whose patterns parse but whose declarations Planned cannot serve. Each test asserts the
 * message, the element it points at (see {@link Compilations#assertErrorAt}) and, where a cascade
 * of errors is conceivable, that there is no other error.
 */
class ApiErrorTest {
  // ---- binding parameters and results ------------------------------------------------------

  @Test
  void wildcardWithoutParameter() {
    JavaFileObject api =
        api("interface Api {", "  @Endpoint(\"GET /books/{isbn}\")", "  Response book();", "}");

    Compilation compilation = compile(api);

    assertErrorAt(
        compilation,
        api,
        "\"GET /books/{isbn}\"",
        "Wildcard {isbn} of"
            + " \"GET /books/{isbn}\" binds no parameter of book(): add a parameter named isbn.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void wildcardBelowBasePathWithoutParameter() {
    JavaFileObject api =
        api(
            "@Endpoint(\"/v1\")",
            "interface Api {",
            "  @Endpoint(\"GET /books/{isbn}\")",
            "  Response book();",
            "}");

    Compilation compilation = compile(api);

    // the pattern as written, without the base path
    assertErrorAt(
        compilation,
        api,
        "\"GET /books/{isbn}\"",
        "Wildcard {isbn} of"
            + " \"GET /books/{isbn}\" binds no parameter of book(): add a parameter named isbn.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void stringParameterWithoutWildcard() {
    JavaFileObject api =
        api(
            "interface Api {",
            "  @Endpoint(\"GET /books/{isbn}\")",
            "  Response book(String isbn,",
            "      String title);",
            "}");

    Compilation compilation = compile(api);

    assertErrorAt(
        compilation,
        api,
        "title",
        "Parameter title of book() matches no wildcard of"
            + " \"GET /books/{isbn}\": rename it after one ({isbn}), add {title} to the path, or"
            + " annotate it @Query, @Header or @Body.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void stringParameterOfPatternWithoutWildcards() {
    JavaFileObject api =
        api(
            "interface Api {",
            "  @Endpoint(\"GET /books\")",
            "  Response books(String title);",
            "}");

    Compilation compilation = compile(api);

    assertErrorAt(
        compilation,
        api,
        "title",
        "Parameter title of books() matches no wildcard of \"GET /books\": rename it after one, add"
            + " {title} to the path, or annotate it @Query, @Header or @Body.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void unconvertibleParameter() {
    JavaFileObject api =
        api(
            "interface Api {",
            "  @Endpoint(\"GET /books/{id}\")",
            "  Response book(Object id);",
            "}");

    Compilation compilation = compile(api);

    // the wildcard counts as bound: one error, on the parameter
    assertErrorAt(
        compilation,
        api,
        "id)",
        "Parameter id of book() has type java.lang.Object, which Planned cannot convert from text:"
            + " use String, a primitive or its box, an enum, a type with a static valueOf(String),"
            + " of(String) or parse(CharSequence) or a String constructor, or Optional or List of"
            + " one (for @Query and @Header).");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void listOnPathWildcard() {
    JavaFileObject api =
        api(
            "interface Api {",
            "  @Endpoint(\"GET /books/{isbns}\")",
            "  Response books(java.util.List<String> isbns);",
            "}");

    Compilation compilation = compile(api);

    assertErrorAt(
        compilation,
        api,
        "isbns)",
        "Path parameter isbns of books() is List<String>,"
            + " but a path wildcard is always present: declare it as the value type itself.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void requestTwice() {
    JavaFileObject api =
        api(
            "interface Api {",
            "  @Endpoint(\"POST /books\")",
            "  Response add(Request request,",
            "      Request again);",
            "}");

    Compilation compilation = compile(api);

    assertErrorAt(
        compilation,
        api,
        "again",
        "Endpoint add() takes the Request twice: remove parameter again.");
    assertThat(compilation).hadErrorCount(1);
  }

  /**
   * A parameter named after a wildcard but of type Request makes the check "is every wildcard
   * bound?" pass, since it compares names only; the generated code then passes the Request and
   * drops the wildcard's value.
   */
  @Test
  void requestParameterNamedAfterWildcard() {
    JavaFileObject api =
        api(
            "interface Api {",
            "  @Endpoint(\"GET /books/{isbn}\")",
            "  Response book(Request isbn);",
            "}");

    Compilation compilation = compile(api);

    assertErrorAt(
        compilation,
        api,
        "\"GET /books/{isbn}\"",
        "Wildcard {isbn} of"
            + " \"GET /books/{isbn}\" binds no parameter of book(): add a parameter named isbn.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void wildcardResult() {
    JavaFileObject api =
        api(
            "interface Api {",
            "  @Endpoint(\"GET /books/count\")",
            "  java.util.List<?> count();",
            "}");

    Compilation compilation = compile(api);

    assertErrorAt(
        compilation,
        api,
        "count()",
        "Endpoint count() returns java.util.List<?>, which"
            + " Planned cannot write: return Response, String (text), byte[], void, a type the JSON"
            + " codec writes (without wildcards or type variables), a Reply of one of those bodies,"
            + " an Optional of one, or a CompletionStage of any of those.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void optionalOfOptionalResult() {
    JavaFileObject api =
        api(
            "interface Api {",
            "  @Endpoint(\"GET /books/{isbn}\")",
            "  java.util.Optional<java.util.Optional<String>> book(String isbn);",
            "}");

    Compilation compilation = compile(api);

    assertErrorAt(
        compilation,
        api,
        "book(",
        "Endpoint book() returns java.util.Optional<java.util.Optional<java.lang.String>>, which"
            + " Planned cannot write: return Response, String (text), byte[], void, a type the JSON"
            + " codec writes (without wildcards or type variables), a Reply of one of those bodies,"
            + " an Optional of one, or a CompletionStage of any of those.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void methodOverridingDispatcherRoutes() {
    JavaFileObject api =
        api("interface Api {", "  @Endpoint(\"GET /routes\")", "  Response routes();", "}");

    Compilation compilation = compile(api);

    assertErrorAt(
        compilation,
        api,
        "routes()",
        "Endpoint routes() has the signature of Dispatcher.routes(), which the generated dispatcher"
            + " implements: rename the method.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void methodOverridingDispatcherDispatch() {
    JavaFileObject api =
        api(
            "interface Api {",
            "  @Endpoint(\"POST /dispatch\")",
            "  Response dispatch(Request request);",
            "}");

    Compilation compilation = compile(api);

    assertErrorAt(
        compilation,
        api,
        "dispatch(",
        "Endpoint dispatch() has the signature of"
            + " Dispatcher.dispatch(Request), which the generated dispatcher implements: rename the"
            + " method.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void methodOverridingDispatcherDispatchAsync() {
    JavaFileObject api =
        api(
            "interface Api {",
            "  @Endpoint(\"POST /dispatch\")",
            "  Response dispatchAsync(Request request);",
            "}");

    Compilation compilation = compile(api);

    assertErrorAt(
        compilation,
        api,
        "dispatchAsync(",
        "Endpoint dispatchAsync() has the signature"
            + " of Dispatcher.dispatchAsync(Request), which the generated dispatcher implements:"
            + " rename the method.");
    assertThat(compilation).hadErrorCount(1);
  }

  // ---- overlapping patterns ----------------------------------------------------------------

  @Test
  void duplicatePatterns() {
    JavaFileObject api =
        api(
            "interface Api {",
            "  @Endpoint(\"GET /books/{isbn}\")",
            "  Response book(String isbn);",
            "  @Endpoint(\"GET /books/{id}\")",
            "  Response byId(String id);",
            "}");

    Compilation compilation = compile(api);

    assertErrorAt(
        compilation,
        api,
        "\"GET /books/{id}\"",
        "Route \"GET /books/{id}\" on byId() matches the same requests as \"GET /books/{isbn}\" on"
            + " book(): remove one, or change its method or path.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void samePathWithOtherMethodsIsNoDuplicate() {
    Compilation compilation =
        compile(
            api(
                "interface Api {",
                "  @Endpoint(\"GET /books/{isbn}\") Response book(String isbn);",
                "  @Endpoint(\"PUT /books/{id}\") Response replace(String id);",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void conflictingPatterns() {
    JavaFileObject api =
        api(
            "interface Api {",
            "  @Endpoint(\"GET /a/{x}/c\")",
            "  Response first(String x);",
            "  @Endpoint(\"GET /{y}/b/{z}\")",
            "  Response second(String y, String z);",
            "}");

    Compilation compilation = compile(api);

    assertErrorAt(
        compilation,
        api,
        "\"GET /{y}/b/{z}\"",
        "Route \"GET /{y}/b/{z}\" on second() conflicts with \"GET /a/{x}/c\" on first(): both"
            + " match GET /a/b/c and neither is more specific. Change one path, or make one more"
            + " specific than the other.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void conflictWithRestWildcardNamesTheFullPath() {
    JavaFileObject api =
        api(
            "@Endpoint(\"/v1\")",
            "interface Api {",
            "  @Endpoint(\"GET /files/{path...}\")",
            "  Response file(String path);",
            "  @Endpoint(\"GET /{kind}/latest\")",
            "  Response latest(String kind);",
            "}");

    Compilation compilation = compile(api);

    assertErrorAt(
        compilation,
        api,
        "\"GET /{kind}/latest\"",
        "Route \"GET /{kind}/latest\" on latest() conflicts with \"GET /files/{path...}\" on"
            + " file(): both match GET /v1/files/latest and neither is more specific. Change one"
            + " path, or make one more specific than the other.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void moreSpecificPatternsAreNoConflict() {
    Compilation compilation =
        compile(
            api(
                "interface Api {",
                "  @Endpoint(\"GET /books/{isbn}\") Response book(String isbn);",
                "  @Endpoint(\"GET /books/new\") Response newest();",
                "  @Endpoint(\"GET /{any...}\") Response any(String any);",
                "  @Endpoint(\"GET /{kind}/{id}/cover\") Response cover(String kind, String id);",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  // ---- @Planned ----------------------------------------------------------------------------

  @Test
  void plannedWithoutEndpoint() {
    JavaFileObject api =
        api(
            "interface Api {",
            "  @Endpoint(\"GET /books\")",
            "  Response books();",
            "  @Planned(\"Soon.\")",
            "  Response soon();",
            "}");

    Compilation compilation = compile(api);

    assertErrorAt(
        compilation,
        api,
        "\"Soon.\"",
        "@Planned on soon() needs an @Endpoint: add the"
            + " pattern it will serve, e.g. @Endpoint(\"GET /books\").");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void alternativeNamingNoEndpoint() {
    JavaFileObject api = plannedPatch("PUT /books/{id}");

    Compilation compilation = compile(api);

    assertErrorAt(
        compilation,
        api,
        "\"PUT /books/{id}\"",
        "Alternative \"PUT /books/{id}\" of patch() names no endpoint of Api: write the pattern of"
            + " an implemented endpoint, one of \"GET /books/{isbn}\", \"PUT /books/{isbn}\".");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void alternativeNamingNoEndpointWhereNoneIsImplemented() {
    JavaFileObject api =
        api(
            "interface Api {",
            "  @Planned(alternative = \"GET /nowhere\")",
            "  @Endpoint(\"PATCH /books/{isbn}\") Response patch(String isbn);",
            "}");

    Compilation compilation = compile(api);

    assertErrorAt(
        compilation,
        api,
        "alternative =",
        "\"GET /nowhere\"",
        "Alternative"
            + " \"GET /nowhere\" of patch() names no endpoint of Api: write the pattern of an"
            + " implemented endpoint, or remove the alternative.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void alternativeNamingPlannedEndpoint() {
    JavaFileObject api = plannedPatch("POST /loans");

    Compilation compilation = compile(api);

    assertErrorAt(
        compilation,
        api,
        "alternative =",
        "\"POST /loans\"",
        "Alternative \"POST /loans\" of patch() names lend(), which is planned too: name an"
            + " implemented endpoint, or remove the alternative.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void alternativeNamingItself() {
    JavaFileObject api = plannedPatch("PATCH /books/{isbn}");

    Compilation compilation = compile(api);

    assertErrorAt(
        compilation,
        api,
        "alternative =",
        "\"PATCH",
        "Alternative"
            + " \"PATCH /books/{isbn}\" of patch() names the endpoint itself: name another,"
            + " implemented endpoint, or remove the alternative.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void alternativeWithBasePathIsAccepted() {
    Compilation compilation = compile(plannedPatch("PUT /v1/books/{isbn}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.ApiDispatcher")
        .contentsAsUtf8String()
        .contains("\"\", \"\", \"\", \"PUT /v1/books/{isbn}\");"); // the plan's alternative
  }

  @Test
  void alternativeWithExtraWhiteSpaceIsAccepted() {
    Compilation compilation = compile(plannedPatch("  PUT   /books/{isbn} "));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.ApiDispatcher")
        .contentsAsUtf8String()
        .contains("\"\", \"\", \"\", \"PUT /v1/books/{isbn}\");"); // the plan's alternative
  }

  /**
   * An API below /v1 whose planned {@code PATCH /books/{isbn}} has this alternative (on a line of
   * its own), beside an implemented GET and PUT and a planned {@code POST /loans}.
   */
  private static JavaFileObject plannedPatch(String alternative) {
    return api(
        "@Endpoint(\"/v1\")",
        "interface Api {",
        "  @Endpoint(\"GET /books/{isbn}\")",
        "  Response book(String isbn);",
        "  @Endpoint(\"PUT /books/{isbn}\")",
        "  Response replace(String isbn, Request request);",
        "  @Planned(",
        "      alternative = \"" + alternative + "\")",
        "  @Endpoint(\"PATCH /books/{isbn}\")",
        "  Response patch(String isbn);",
        "  @Planned",
        "  @Endpoint(\"POST /loans\")",
        "  Response lend(Request request);",
        "}");
  }

  // ---- where @Endpoint may go --------------------------------------------------------------

  @Test
  void endpointOnClass() {
    JavaFileObject source = api("@Endpoint(\"/v1\")", "class Api {", "}");

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        source,
        "\"/v1\"",
        "@Endpoint is on class Api: it belongs on an API interface and its methods; move the"
            + " endpoints to an interface and let the class extend the generated dispatcher.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void endpointOnMethodOfClass() {
    JavaFileObject source =
        api(
            "abstract class Api {",
            "  @Endpoint(\"GET /books\")",
            "  abstract Response books();",
            "}");

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        source,
        "\"GET /books\"",
        "@Endpoint is on method books() of Api,"
            + " which is not an interface: it belongs on an API interface and its methods; move the"
            + " endpoints to an interface and let the class extend the generated dispatcher.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void staticEndpoint() {
    JavaFileObject api =
        api(
            "interface Api {",
            "  @Endpoint(\"GET /books\")",
            "  static Response books() { return Response.noContent(); }",
            "}");

    Compilation compilation = compile(api);

    assertErrorAt(
        compilation,
        api,
        "books()",
        "Endpoint books() is static: an endpoint is"
            + " implemented in the dispatcher's subclass, so declare it abstract (no body, no"
            + " static).");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void defaultEndpoint() {
    JavaFileObject api =
        api(
            "interface Api {",
            "  @Endpoint(\"GET /books\")",
            "  default Response books() { return Response.noContent(); }",
            "}");

    Compilation compilation = compile(api);

    assertErrorAt(
        compilation,
        api,
        "books()",
        "Endpoint books() has a default body: an endpoint is"
            + " implemented in the dispatcher's subclass, so remove the body (or @Planned it).");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void genericEndpoint() {
    JavaFileObject api =
        api("interface Api {", "  @Endpoint(\"GET /books\")", "  <T> Response books();", "}");

    Compilation compilation = compile(api);

    assertErrorAt(
        compilation,
        api,
        "books()",
        "Endpoint books() is generic: the dispatcher cannot"
            + " choose a type argument for a request, so remove its type parameters.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void genericInterface() {
    JavaFileObject api =
        api("interface Api<T> {", "  @Endpoint(\"GET /books\")", "  Response books();", "}");

    Compilation compilation = compile(api);

    assertErrorAt(
        compilation,
        api,
        "interface Api<T>",
        "API interface Api is generic: a"
            + " dispatcher serves one concrete API, so remove the type parameters.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void privateNestedInterface() {
    JavaFileObject source =
        source(
            "test.Outer",
            "class Outer {",
            "  private interface Api {",
            "    @Endpoint(\"GET /books\")",
            "    Response books();",
            "  }",
            "}");

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        source,
        "interface Api",
        "API interface Api is private: its"
            + " generated dispatcher lives beside it in the package, so make it package-private or"
            + " public.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void interfaceNestedInPrivateClass() {
    JavaFileObject source =
        source(
            "test.Outer",
            "class Outer {",
            "  private static class Inner {",
            "    interface Api {",
            "      @Endpoint(\"GET /books\")",
            "      Response books();",
            "    }",
            "  }",
            "}");

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        source,
        "interface Api",
        "API interface Api is nested in the private Inner: the generated dispatcher cannot see it;"
            + " make Inner package-private or public.");
    assertThat(compilation).hadErrorCount(1);
  }

  // ---- all errors at once ------------------------------------------------------------------

  @Test
  void everyErrorOfAnInterfaceInOneCompilation() {
    JavaFileObject api =
        api(
            "interface Api<T> {",
            "  @Endpoint(\"GET /books/\")",
            "  Response books();",
            "  @Endpoint(\"GET /books/{isbn}\")",
            "  Response book(String id);",
            "  @Endpoint(\"GET /books/{id}\")",
            "  java.util.List<?> count(String id);",
            "  @Planned(alternative = \"GET /nowhere\")",
            "  @Endpoint(\"DELETE /books/{isbn}\")",
            "  Response remove(String isbn);",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation).hadErrorCount(7);
    assertErrorAt(
        compilation,
        api,
        "interface Api<T>",
        "API interface Api is generic: a"
            + " dispatcher serves one concrete API, so remove the type parameters.");
    assertErrorAt(
        compilation,
        api,
        "\"GET /books/\"",
        "Pattern \"GET /books/\" ends with \"/\":"
            + " remove it (\"/books/\" and \"/books\" are different paths, and patterns match"
            + " exactly).");
    assertErrorAt(
        compilation,
        api,
        "book(String id)",
        "id)",
        "Parameter id of book() matches no wildcard of \"GET /books/{isbn}\": rename it after one"
            + " ({isbn}), add {id} to the path, or annotate it @Query, @Header or @Body.");
    assertErrorAt(
        compilation,
        api,
        "\"GET /books/{isbn}\"",
        "Wildcard {isbn} of"
            + " \"GET /books/{isbn}\" binds no parameter of book(): add a parameter named isbn.");
    assertErrorAt(
        compilation,
        api,
        "count(",
        "Endpoint count() returns java.util.List<?>, which"
            + " Planned cannot write: return Response, String (text), byte[], void, a type the JSON"
            + " codec writes (without wildcards or type variables), a Reply of one of those bodies,"
            + " an Optional of one, or a CompletionStage of any of those.");
    assertErrorAt(
        compilation,
        api,
        "\"GET /books/{id}\"",
        "Route \"GET /books/{id}\" on count() matches the same requests as \"GET /books/{isbn}\" on"
            + " book(): remove one, or change its method or path.");
    assertErrorAt(
        compilation,
        api,
        "\"GET /nowhere\"",
        "Alternative \"GET /nowhere\" of remove()"
            + " names no endpoint of Api: write the pattern of an implemented endpoint, one of"
            + " \"GET /books/{isbn}\", \"GET /books/{id}\".");
  }

  @Test
  void errorsInOneInterfaceDoNotStopAnother() {
    JavaFileObject api = api("interface Api {", "  @Endpoint(\"GET /a/\") Response a();", "}");

    Compilation compilation =
        compile(
            api,
            source("test.Good", "interface Good {", "  @Endpoint(\"GET /b\") String b();", "}"),
            // compiles only if GoodDispatcher was generated
            source(
                "test.GoodImpl",
                "class GoodImpl extends GoodDispatcher {",
                "  @Override public String b() { return \"b\"; }",
                "}"));

    assertErrorAt(
        compilation,
        api,
        "\"GET /a/\"",
        "Pattern \"GET /a/\" ends with \"/\": remove it"
            + " (\"/books/\" and \"/books\" are different paths, and patterns match exactly).");
    assertThat(compilation).hadErrorCount(1);
  }
}
