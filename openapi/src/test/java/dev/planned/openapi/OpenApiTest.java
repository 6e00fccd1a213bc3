package dev.planned.openapi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.planned.openapi.OpenApi.ApiDocument;
import dev.planned.openapi.fixtures.BooksApi;
import dev.planned.openapi.fixtures.LoansApi;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static ObjectNode fixture(Class<?> api) throws IOException {
    try (InputStream in =
        OpenApiTest.class.getClassLoader().getResourceAsStream(OpenApi.resourceName(api))) {
      return (ObjectNode) MAPPER.readTree(in);
    }
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void theDocumentOfAnApiIsFoundByItsBinaryName() {
    assertEquals(
        "META-INF/planned/openapi/dev.planned.openapi.fixtures.BooksApi.json",
        OpenApi.resourceName(BooksApi.class));
    assertEquals(
        "META-INF/planned/openapi/java.util.Map$Entry.json",
        OpenApi.resourceName(java.util.Map.Entry.class));
  }

  @Test
  void mergedDocumentHasTheCallersInfoAndEveryOperation() throws IOException {
    ObjectNode merged = OpenApi.of("Library", "1.2", BooksApi.class, LoansApi.class).document();

    assertEquals("3.1.0", merged.get("openapi").asText());
    assertEquals(
        MAPPER.readTree("{\"title\":\"Library\",\"version\":\"1.2\"}"), merged.get("info"));
    assertEquals(List.of("/v1/books/{isbn}", "/v1/loans"), names(merged.get("paths")));
    assertEquals(
        List.of("get", "patch", "delete"),
        names(merged.get("paths").get("/v1/books/{isbn}")),
        "a path both APIs serve has the operations of both");
    assertEquals(fixture(LoansApi.class).at("/paths/~1v1~1loans"), merged.at("/paths/~1v1~1loans"));
    assertEquals(
        "Loans are not open yet.", merged.at("/paths/~1v1~1loans/post/x-planned/message").asText());
  }

  @Test
  void equalComponentsAreKeptOnceAndNamesSorted() throws IOException {
    ObjectNode merged = OpenApi.of("Library", "1", BooksApi.class, LoansApi.class).document();

    assertEquals(List.of("schemas"), names(merged.get("components")));
    assertEquals(List.of("Book", "Loan", "Problem"), names(merged.at("/components/schemas")));
    assertEquals(
        fixture(BooksApi.class).at("/components/schemas/Problem"),
        merged.at("/components/schemas/Problem"));
  }

  @Test
  void aComponentDefinedDifferentlyIsAnErrorNamingItAndBothApis() throws IOException {
    ObjectNode loans = fixture(LoansApi.class);
    ((ObjectNode) loans.at("/components/schemas/Book/properties"))
        .putObject("pages")
        .put("type", "integer");

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                OpenApi.merge(
                    "Library",
                    "1",
                    List.of(
                        new ApiDocument("dev.x.BooksApi", fixture(BooksApi.class)),
                        new ApiDocument("dev.x.LoansApi", loans))));

    assertEquals(
        "The OpenAPI documents cannot be merged: the component schemas/Book differs between"
            + " dev.x.BooksApi and dev.x.LoansApi: rename one of the types, or make them the same.",
        e.getMessage());
  }

  @Test
  void oneOperationInTwoDocumentsMustBeTheSame() throws IOException {
    ObjectNode loans = fixture(LoansApi.class);
    ((ObjectNode) loans.at("/paths/~1v1~1books~1{isbn}"))
        .set("get", loans.at("/paths/~1v1~1loans/get"));

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                OpenApi.merge(
                    "Library",
                    "1",
                    List.of(
                        new ApiDocument("BooksApi", fixture(BooksApi.class)),
                        new ApiDocument("LoansApi", loans))));

    assertEquals(
        "The OpenAPI documents cannot be merged: the operation GET /v1/books/{isbn}"
            + " differs between BooksApi and LoansApi: only one API may declare it; serve the APIs"
            + " apart.",
        e.getMessage());
  }

  @Test
  void pathsThatDifferOnlyInParameterNamesAreRefused() throws IOException {
    ObjectNode loans = fixture(LoansApi.class);
    ObjectNode paths = (ObjectNode) loans.get("paths");
    paths.set("/v1/books/{id}", paths.remove("/v1/books/{isbn}"));

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                OpenApi.merge(
                    "Library",
                    "1",
                    List.of(
                        new ApiDocument("BooksApi", fixture(BooksApi.class)),
                        new ApiDocument("LoansApi", loans))));

    assertEquals(
        "The OpenAPI documents cannot be merged: the paths /v1/books/{isbn} (BooksApi)"
            + " and /v1/books/{id} (LoansApi) differ only in the names of their parameters, which"
            + " OpenAPI does not allow: name them alike.",
        e.getMessage());
  }

  @Test
  void everyConflictIsListedAndADocumentOfAnotherVersionIsNamed() throws IOException {
    ObjectNode loans = fixture(LoansApi.class);
    ((ObjectNode) loans.at("/components/schemas/Problem")).put("description", "other");
    ((ObjectNode) loans.at("/components/schemas/Book")).put("description", "other");
    ObjectNode old = fixture(BooksApi.class).put("openapi", "3.0.3");

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                OpenApi.merge(
                    "Library",
                    "1",
                    List.of(
                        new ApiDocument("BooksApi", fixture(BooksApi.class)),
                        new ApiDocument("LoansApi", loans),
                        new ApiDocument("OldApi", old))));

    String message = e.getMessage();
    assertTrue(message.contains("schemas/Book differs"), message);
    assertTrue(message.contains("schemas/Problem differs"), message);
    assertTrue(message.contains("OldApi's document is not OpenAPI 3.1 but 3.0.3"), message);
  }

  @Test
  void aMissingDocumentSaysWhereItWasLookedFor() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> OpenApi.of("Library", "1", BooksApi.class, Runnable.class));

    assertEquals(
        "No OpenAPI document for java.lang.Runnable on the class path"
            + " (META-INF/planned/openapi/java.lang.Runnable.json): is it an API interface"
            + " (@Endpoint) compiled with planned-processor on the processor path?",
        e.getMessage());
  }

  @Test
  void theOutputIsTheSameForTheSameInput() {
    byte[] first = OpenApi.of("Library", "1", BooksApi.class, LoansApi.class).json();
    byte[] second = OpenApi.of("Library", "1", BooksApi.class, LoansApi.class).json();

    assertArrayEquals(first, second);
  }
}
