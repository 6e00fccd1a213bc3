package dev.planned.example;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The operations an OpenAPI document describes, as a person names them. */
final class DocumentedOperations {
  private DocumentedOperations() {}

  /** Each operation of the document as {@code GET /api/users}, in the document's order. */
  static List<String> of(JsonNode document) {
    List<String> operations = new ArrayList<>();
    document
        .get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method ->
                            operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
    return operations;
  }
}
