package dev.planned.it;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The contract check fails where an answer breaks the document: it is not a test that cannot. */
class OpenApiContractTest {
  private final OpenApiContract contract = OpenApiContract.of(TypedApi.class, new Typed());

  private static Answer answer(int status, String contentType, String body) {
    return new Answer(status, Map.of("Content-Type", List.of(contentType)), body);
  }

  @Test
  void aBodyOfTheWrongShapeBreaksIt() {
    AssertionFailedError failure =
        assertThrows(
            AssertionFailedError.class,
            () ->
                contract.check(
                    "GET",
                    "/typed/items/7",
                    answer(200, "application/json", "{\"id\":\"seven\",\"name\":\"pen\"}")));
    assertTrue(
        failure.getMessage().contains("does not match the document's schema"),
        failure.getMessage());
  }

  @Test
  void aFormatIsAsserted() {
    assertThrows(
        AssertionFailedError.class,
        () ->
            contract.check(
                "GET",
                "/typed/items/7",
                answer(
                    200,
                    "application/json",
                    "{\"id\":7,\"name\":\"pen\",\"quantity\":1,\"due\":\"next week\"}")));
  }

  @Test
  void aStatusTheOperationDoesNotDeclareBreaksIt() {
    // a planned endpoint declares its 501 and problems; a 200 is not among them
    assertThrows(
        AssertionFailedError.class,
        () -> contract.check("POST", "/typed/items/import", answer(200, "application/json", "[]")));
  }

  @Test
  void aMediaTypeTheResponseDoesNotDescribeBreaksIt() {
    assertThrows(
        AssertionFailedError.class,
        () -> contract.check("GET", "/typed/items/7", answer(200, "text/plain", "pen")));
  }

  @Test
  void aProblemMustBeAProblem() {
    assertThrows(
        AssertionFailedError.class,
        () ->
            contract.check(
                "GET",
                "/typed/items/7",
                answer(404, "application/problem+json", "{\"status\":\"404\"}")));
  }

  @Test
  void answersThatKeepTheDocumentPass() {
    contract.check(
        "GET",
        "/typed/items/7",
        answer(
            200,
            "application/json",
            "{\"id\":7,\"name\":\"pen\",\"quantity\":1,\"due\":\"2026-12-01\"}"));
    contract.check(
        "GET",
        "/typed/items/7",
        answer(
            404,
            "application/problem+json",
            "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}"));
    contract.check(
        "POST",
        "/typed/items/import",
        answer(
            501,
            "application/problem+json",
            "{\"type\":\"about:blank\",\"status\":501,\"route\":\"POST /typed/items/import\"}"));
  }
}
