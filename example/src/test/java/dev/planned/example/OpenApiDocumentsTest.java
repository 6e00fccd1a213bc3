package dev.planned.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The example's OpenAPI documents, as the processor wrote them: valid OpenAPI 3.1 for
 * swagger-parser, versioned from the build, each with its planned operation and its plan in {@code
 * x-planned}.
 */
class OpenApiDocumentsTest {
  @ParameterizedTest
  @ValueSource(strings = {"UsersApi", "ReportsApi"})
  void isValidOpenApi31WithItsPlans(String api) throws IOException {
    SwaggerParseResult result =
        parse("META-INF/planned/openapi/dev.planned.example." + api + ".json");
    assertEquals(List.of(), result.getMessages(), api);
    OpenAPI document = result.getOpenAPI();
    assertEquals("3.1.0", document.getOpenapi());
    assertEquals(api, document.getInfo().getTitle());
    // the pom passes -Aplanned.openapi.version=${project.version}
    assertNotEquals("unversioned", document.getInfo().getVersion());
    List<Operation> planned =
        document.getPaths().values().stream()
            .flatMap(path -> path.readOperations().stream())
            .filter(
                operation ->
                    operation.getExtensions() != null
                        && operation.getExtensions().containsKey("x-planned"))
            .toList();
    assertEquals(1, planned.size(), api + " has one planned operation");
    Map<?, ?> plan = (Map<?, ?>) planned.get(0).getExtensions().get("x-planned");
    assertNotNull(plan.get("message"));
    assertNotNull(planned.get(0).getResponses().get("501"));
  }

  private static SwaggerParseResult parse(String resource) throws IOException {
    try (InputStream in =
        OpenApiDocumentsTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      ParseOptions options = new ParseOptions();
      options.setResolve(true);
      return new OpenAPIV3Parser()
          .readContents(new String(in.readAllBytes(), StandardCharsets.UTF_8), null, options);
    }
  }
}
