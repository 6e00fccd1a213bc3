package dev.planned.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.planned.processor.Compilations.api;
import static dev.planned.processor.Compilations.assertErrorAt;
import static dev.planned.processor.Compilations.compile;
import static dev.planned.processor.Compilations.compileWithOptions;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code Reply<T>} results: the shapes the processor writes (warning-free, dispatcher and client),
 * the compile errors of the shapes it does not, and what the OpenAPI document says of them.
 */
class ReplyTest {
  /** Every shape of Reply result, with a client, in a package of its own. */
  private static final JavaFileObject REPLIES =
      JavaFileObjects.forSourceLines(
          "shop.RepliesApi",
          "package shop;",
          "",
          "import dev.planned.Body;",
          "import dev.planned.Client;",
          "import dev.planned.Endpoint;",
          "import dev.planned.Reply;",
          "import java.util.List;",
          "import java.util.Optional;",
          "import java.util.concurrent.CompletionStage;",
          "",
          "@Client",
          "@Endpoint(\"/shop\")",
          "public interface RepliesApi {",
          "  record Item(long id, String name) {}",
          "",
          "  @Endpoint(value = \"POST /items\", status = 201)",
          "  Reply<Item> create(@Body Item item);",
          "",
          "  @Endpoint(\"GET /items\")",
          "  Reply<List<Item>> items();",
          "",
          "  @Endpoint(\"GET /items/{id}\")",
          "  Optional<Reply<Item>> item(long id);",
          "",
          "  @Endpoint(\"GET /items/{id}/later\")",
          "  CompletionStage<Optional<Reply<Item>>> itemLater(long id);",
          "",
          "  @Endpoint(\"GET /items/{id}/name\")",
          "  Reply<String> name(long id);",
          "",
          "  @Endpoint(value = \"GET /items/{id}/photo\", status = 203)",
          "  CompletionStage<Reply<byte[]>> photo(long id);",
          "}");

  @Test
  void everyShapeCompilesWithoutWarningsUnderXlintAllAndWerror() {
    Compilation compilation = compileWithOptions(List.of("-Xlint:all", "-Werror"), REPLIES);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("shop.RepliesApiDispatcher")
        .contentsAsUtf8String()
        .contains(
            "return Binding.jsonReply(this.json, api.create(item), RepliesApi.Item.class,"
                + " 201);");
    assertThat(compilation)
        .generatedSourceFile("shop.RepliesApiClient")
        .contentsAsUtf8String()
        .contains("Answer.optional(Answer.reply(Answer.json(RepliesApi.Item.class)))");
  }

  /**
   * Eclipse's compiler, under all its warnings but string externalisation, finds nothing in the
   * dispatcher. (What it finds in generated clients, whatever their results, is not Reply's.)
   */
  @Test
  void theDispatcherCompilesWithoutWarningsUnderEcj() {
    EclipseCompilation compilation = EclipseCompilation.compile(List.of("-warn:all,-nls"), REPLIES);

    assertThat(
            compilation.diagnostics.stream()
                .filter(diagnostic -> !diagnostic.file().endsWith("RepliesApiClient.java"))
                .toList())
        .isEmpty();
    assertThat(compilation.succeeded).isTrue();
  }

  @Test
  void theDocumentDescribesTheDeclaredStatusWithLocationForCreated() {
    String document = OpenApiDocumentTest.document(compile(REPLIES), "shop.RepliesApi");

    assertThat(document)
        .contains(
            "\"201\": {\n"
                + "            \"description\": \"The body of the Reply, as JSON, with its status"
                + " and headers.\",\n"
                + "            \"content\": {\n"
                + "              \"application/json\": {\n"
                + "                \"schema\": {\n"
                + "                  \"$ref\": \"#/components/schemas/RepliesApi.Item\"\n"
                + "                }\n"
                + "              }\n"
                + "            },\n"
                + "            \"headers\": {\n"
                + "              \"Location\": {\n"
                + "                \"description\": \"The URI of the created resource.\",\n"
                + "                \"schema\": {\n"
                + "                  \"type\": \"string\",\n"
                + "                  \"format\": \"uri-reference\"\n"
                + "                }\n"
                + "              }\n"
                + "            }\n"
                + "          },");
  }

  @Test
  void theDocumentDescribesAnUndeclaredStatusAsAnySuccess() {
    String document = OpenApiDocumentTest.document(compile(REPLIES), "shop.RepliesApi");

    assertThat(document)
        .contains(
            "\"2XX\": {\n"
                + "            \"description\": \"The text of the Reply, with its status and"
                + " headers.\",\n"
                + "            \"content\": {\n"
                + "              \"text/plain\": {");
    assertThat(document)
        .contains(
            "\"203\": {\n"
                + "            \"description\": \"The bytes of the Reply, with its status and"
                + " headers.\",");
  }

  @Test
  void replyOfVoid() {
    assertOnlyError(
        "nothing()",
        "Endpoint nothing() returns dev.planned.Reply<java.lang.Void>, but a Reply carries a body:"
            + " return void for 204, or a Response for a status or headers without a body.",
        "interface Api {",
        "  @Endpoint(\"GET /nothing\")",
        "  dev.planned.Reply<Void> nothing();",
        "}");
  }

  @Test
  void replyWithStatusNoContent() {
    assertOnlyError(
        "204",
        "Status 204 of book() has no body, but the method returns"
            + " dev.planned.Reply<java.lang.String>: return void, or use 200.",
        "interface Api {",
        "  @Endpoint(value = \"GET /book\", status = 204)",
        "  dev.planned.Reply<String> book();",
        "}");
  }

  @Test
  void replyWithAnErrorStatus() {
    assertOnlyError(
        "404",
        "Status 404 of book() is not a success status: use 2xx here,"
            + " and throw HttpException for errors.",
        "interface Api {",
        "  @Endpoint(value = \"GET /book\", status = 404)",
        "  dev.planned.Reply<String> book();",
        "}");
  }

  @Test
  void replyOfOptionalIsNotWritten() {
    assertOnlyError(
        "book()",
        "Endpoint book() returns"
            + " dev.planned.Reply<java.util.Optional<java.lang.String>>"
            + TypedErrorTest.CANNOT_WRITE,
        "interface Api {",
        "  @Endpoint(\"GET /book\")",
        "  dev.planned.Reply<java.util.Optional<String>> book();",
        "}");
  }

  @Test
  void rawReplyIsNotWritten() {
    assertOnlyError(
        "book()",
        "Endpoint book() returns dev.planned.Reply" + TypedErrorTest.CANNOT_WRITE,
        "interface Api {",
        "  @SuppressWarnings(\"rawtypes\")",
        "  @Endpoint(\"GET /book\")",
        "  dev.planned.Reply book();",
        "}");
  }

  private static void assertOnlyError(String marker, String message, String... lines) {
    JavaFileObject api = api(lines);
    Compilation compilation = compile(api);
    assertErrorAt(compilation, api, marker, message);
    assertThat(compilation).hadErrorCount(1);
  }
}
