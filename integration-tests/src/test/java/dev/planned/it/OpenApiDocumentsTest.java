package dev.planned.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every OpenAPI document the processor wrote for this module's APIs is valid, as judged by tools no
 * one here wrote: swagger-parser reads it as OpenAPI 3.1 and reports nothing, and every schema in
 * it is a valid JSON Schema 2020-12 schema by the draft's own meta-schema (networknt).
 */
class OpenApiDocumentsTest {
  private static final Schema META_SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));

  /** Every document of this module, found where the compiler wrote them. */
  static Stream<String> documents() throws IOException, URISyntaxException {
    URL directory =
        OpenApiDocumentsTest.class.getClassLoader().getResource("META-INF/planned/openapi");
    try (Stream<Path> files = Files.list(Path.of(directory.toURI()))) {
      List<String> names = files.map(file -> file.getFileName().toString()).sorted().toList();
      assertTrue(names.contains("dev.planned.it.TypedApi.json"), names.toString());
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void isValidOpenApi31(String name) {
    SwaggerParseResult result = parse(OpenApiContract.resource("META-INF/planned/openapi/" + name));

    assertEquals(List.of(), result.getMessages(), name);
    assertEquals("3.1.0", result.getOpenAPI().getOpenapi(), name);
  }

  /** The checks can fail: a broken document and a broken schema are reported. */
  @Test
  void theValidatorsReportWhatIsBroken() {
    String broken =
        OpenApiContract.resource("META-INF/planned/openapi/dev.planned.it.TypedApi.json")
            .replace("\"in\": \"query\"", "\"in\": \"body\"");
    assertTrue(
        parse(broken).getMessages().stream().anyMatch(m -> m.contains(".in is not of type")),
        parse(broken).getMessages().toString());
    assertFalse(META_SCHEMA.validate("{\"type\": \"objekt\"}", InputFormat.JSON).isEmpty());
  }

  private static SwaggerParseResult parse(String text) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIV3Parser().readContents(text, null, options);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void everySchemaIsAValidJsonSchema(String name) {
    JsonNode document =
        OpenApiContract.parse(OpenApiContract.resource("META-INF/planned/openapi/" + name));
    List<String> errors = new ArrayList<>();
    List<JsonNode> schemas = new ArrayList<>();
    document.at("/components/schemas").elements().forEachRemaining(schemas::add);
    collectSchemas(document.get("paths"), schemas);
    assertTrue(schemas.size() > 1, name + " has schemas");
    for (JsonNode schema : schemas) {
      for (Error error : META_SCHEMA.validate(schema.toString(), InputFormat.JSON)) {
        errors.add(error + " in " + schema);
      }
    }
    assertEquals(List.of(), errors, name);
  }

  /** The schemas of parameters and media types: every member named "schema". */
  private static void collectSchemas(JsonNode node, List<JsonNode> schemas) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        if (member.getKey().equals("schema")) {
          schemas.add(member.getValue());
        } else {
          collectSchemas(member.getValue(), schemas);
        }
      }
    } else if (node.isArray()) {
      node.elements().forEachRemaining(element -> collectSchemas(element, schemas));
    }
  }
}
