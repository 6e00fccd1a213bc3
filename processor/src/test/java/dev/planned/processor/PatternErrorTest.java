package dev.planned.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.planned.processor.Compilations.api;
import static dev.planned.processor.Compilations.assertErrorAt;
import static dev.planned.processor.Compilations.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Patterns and base paths that do not parse. Each error points at the annotation value (its opening
 * quote), and is the only error: a pattern that does not parse is not checked further.
 */
class PatternErrorTest {
  @Test
  void emptyPattern() {
    assertPatternError(
        "",
        "@Endpoint on a method needs a pattern: write a method and a path, e.g. \"GET /books\".");
  }

  @Test
  void patternLeftOut() {
    JavaFileObject api = api("interface Api {", "  @Endpoint", "  Response books();", "}");

    Compilation compilation = compile(api);

    // no value to point at: the annotation itself
    assertErrorAt(
        compilation,
        api,
        "@Endpoint",
        "@Endpoint on a method needs a pattern: write a method and a path, e.g. \"GET /books\".");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void noMethod() {
    assertPatternError("/books", "Pattern \"/books\" has no method: write it as \"GET /books\".");
  }

  @Test
  void noPath() {
    assertPatternError("GET", "Pattern \"GET\" has no path: write it as \"GET /path\".");
  }

  @Test
  void lowerCaseMethod() {
    assertPatternError(
        "get /books",
        "Method \"get\" in \"get /books\" is not upper case, and"
            + " methods are case-sensitive: write \"GET\".");
  }

  @Test
  void methodNotAToken() {
    assertPatternError(
        "GET,POST /books",
        "Method \"GET,POST\" in \"GET,POST /books\" is not an"
            + " HTTP token: use letters such as GET or POST.");
  }

  @Test
  void pathWithoutLeadingSlash() {
    assertPatternError(
        "GET books", "Pattern \"GET books\": the path must start with \"/\": write \"/books\".");
  }

  @Test
  void whiteSpaceInPath() {
    assertPatternError(
        "GET /books /new",
        "Pattern \"GET /books /new\" has white space in its"
            + " path: write one method and one path, e.g. \"GET /books\".");
  }

  @Test
  void emptySegment() {
    assertPatternError(
        "GET /books//new",
        "Pattern \"GET /books//new\" has an empty segment (\"//\"): remove the extra \"/\".");
  }

  @Test
  void trailingSlash() {
    assertPatternError(
        "GET /books/",
        "Pattern \"GET /books/\" ends with \"/\": remove it"
            + " (\"/books/\" and \"/books\" are different paths, and patterns match exactly).");
  }

  @Test
  void wildcardWithoutName() {
    assertPatternError(
        "GET /books/{}",
        "Wildcard \"{}\" in \"GET /books/{}\" has no name: name it"
            + " after the parameter it binds, e.g. {id}.");
  }

  @Test
  void restWildcardWithoutName() {
    assertPatternError(
        "GET /files/{...}",
        "Wildcard \"{...}\" in \"GET /files/{...}\" has no"
            + " name: name it after the parameter it binds, e.g. {id}.");
  }

  @Test
  void unclosedWildcard() {
    assertPatternError(
        "GET /books/{isbn",
        "Wildcard \"{isbn\" in \"GET /books/{isbn\" is not closed: write \"{isbn}\".");
  }

  @Test
  void wildcardNameNotAnIdentifier() {
    assertPatternError(
        "GET /books/{is-bn}",
        "Wildcard name \"is-bn\" in \"GET /books/{is-bn}\" is"
            + " not a Java identifier: it names the method parameter it binds, e.g. {id}.");
  }

  @Test
  void wildcardNameIsAKeyword() {
    assertPatternError(
        "GET /books/{class}",
        "Wildcard name \"class\" in \"GET /books/{class}\" is"
            + " not a Java identifier: it names the method parameter it binds, e.g. {id}.");
  }

  @Test
  void wildcardNameIsQualified() {
    assertPatternError(
        "GET /books/{a.b}",
        "Wildcard name \"a.b\" in \"GET /books/{a.b}\" is"
            + " not a Java identifier: it names the method parameter it binds, e.g. {id}.");
  }

  @Test
  void wildcardMixedWithText() {
    assertPatternError(
        "GET /books/x{id}",
        "Segment \"x{id}\" of \"GET /books/x{id}\" mixes text"
            + " and a wildcard: a wildcard must be a whole segment, as in \"/books/{isbn}\".");
  }

  @Test
  void twoWildcardsInOneSegment() {
    assertPatternError(
        "GET /books/{a}{b}",
        "Segment \"{a}{b}\" of \"GET /books/{a}{b}\" mixes"
            + " text and a wildcard: a wildcard must be a whole segment, as in \"/books/{isbn}\".");
  }

  @Test
  void restWildcardNotLast() {
    assertPatternError(
        "GET /files/{path...}/meta",
        "Wildcard {path...} in \"GET /files/{path...}/meta\" is not the last segment: a {name...}"
            + " wildcard takes the rest of the path, so it must come last.");
  }

  @Test
  void duplicateWildcardName() {
    assertPatternError(
        "GET /{id}/x/{id}",
        "Wildcard {id} appears twice in \"GET /{id}/x/{id}\": give each wildcard its own name.");
  }

  @Test
  void duplicateWildcardNameWithRest() {
    assertPatternError(
        "GET /{id}/{id...}",
        "Wildcard {id} appears twice in \"GET /{id}/{id...}\": give each wildcard its own name.");
  }

  @Test
  void dollarWildcard() {
    assertPatternError(
        "GET /books/{$}",
        "Wildcard {$} in \"GET /books/{$}\" is not needed: unlike"
            + " Go's ServeMux, every pattern matches the whole path; remove it.");
  }

  @Test
  void query() {
    assertPatternError(
        "GET /books?limit=2",
        "Pattern \"GET /books?limit=2\" has a query or"
            + " fragment: a pattern matches the path only; remove what follows \"?\" or \"#\".");
  }

  @Test
  void fragment() {
    assertPatternError(
        "GET /books#top",
        "Pattern \"GET /books#top\" has a query or"
            + " fragment: a pattern matches the path only; remove what follows \"?\" or \"#\".");
  }

  @Test
  void percentEncodedLiteral() {
    assertPatternError(
        "GET /caf%C3%A9",
        "Segment \"caf%C3%A9\" of \"GET /caf%C3%A9\" is"
            + " percent-encoded: write the decoded characters, which is what patterns match.");
  }

  @Test
  void backslashInLiteral() {
    // also keeps a "\\u" out of the generated code, where javac would read it as a Unicode escape
    assertPatternError(
        "GET /a\\\\u",
        "Segment \"a\\u\" of \"GET /a\\u\" contains '\\', which a URL"
            + " path cannot carry unescaped: use letters, digits, -._~!$&'()*+,;=:@ or non-ASCII"
            + " text.");
  }

  @Test
  void quoteInLiteral() {
    assertPatternError(
        "GET /a\\\"b",
        "Segment \"a\"b\" of \"GET /a\"b\" contains '\"', which a URL"
            + " path cannot carry unescaped: use letters, digits, -._~!$&'()*+,;=:@ or non-ASCII"
            + " text.");
  }

  @Test
  void basePathWithTrailingSlash() {
    assertBasePathError(
        "/v1/",
        "Base path \"/v1/\" ends with \"/\": remove it (\"/books/\" and"
            + " \"/books\" are different paths, and patterns match exactly).");
  }

  @Test
  void basePathIsRoot() {
    assertBasePathError(
        "/", "Base path \"/\" ends with \"/\": leave the value out for no base path.");
  }

  @Test
  void basePathWithoutLeadingSlash() {
    assertBasePathError("v1", "Base path \"v1\": the path must start with \"/\": write \"/v1\".");
  }

  @Test
  void basePathWithWildcard() {
    assertBasePathError(
        "/v1/{tenant}",
        "Base path \"/v1/{tenant}\" has the wildcard {tenant}: a"
            + " base path is literal; put wildcards in the endpoints' patterns.");
  }

  @Test
  void basePathWithRestWildcard() {
    assertBasePathError(
        "/v1/{tail...}",
        "Base path \"/v1/{tail...}\" has the wildcard"
            + " {tail...}: a base path is literal; put wildcards in the endpoints' patterns.");
  }

  @Test
  void basePathWithMethod() {
    assertBasePathError(
        "GET /v1",
        "Base path \"GET /v1\" has white space: on the interface"
            + " @Endpoint takes only a path such as \"/v1\"; methods go on each endpoint.");
  }

  @Test
  void basePathWithWhiteSpace() {
    assertBasePathError(
        "/v1 ",
        "Base path \"/v1 \" has white space: on the interface"
            + " @Endpoint takes only a path such as \"/v1\"; methods go on each endpoint.");
  }

  /** An endpoint with this pattern is the only error of its API, reported on the value. */
  private static void assertPatternError(String pattern, String message) {
    JavaFileObject api =
        api("interface Api {", "  @Endpoint(\"" + pattern + "\")", "  Response books();", "}");

    Compilation compilation = compile(api);

    assertErrorAt(compilation, api, "\"" + pattern + "\"", message);
    assertThat(compilation).hadErrorCount(1);
  }

  /** An API with this base path and a valid endpoint has one error, on the base path. */
  private static void assertBasePathError(String basePath, String message) {
    JavaFileObject api =
        api(
            "@Endpoint(\"" + basePath + "\")",
            "interface Api {",
            "  @Endpoint(\"GET /books/{isbn}\")",
            "  Response book(String isbn);",
            "}");

    Compilation compilation = compile(api);

    assertErrorAt(compilation, api, "\"" + basePath + "\"", message);
    assertThat(compilation).hadErrorCount(1);
  }
}
