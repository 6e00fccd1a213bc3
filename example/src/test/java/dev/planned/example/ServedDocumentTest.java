package dev.planned.example;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The example's OpenAPI document and Swagger UI, as served over HTTP on each server. */
@ParameterizedClass(name = "{0}")
@EnumSource(ExampleServers.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServedDocumentTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  @Parameter ExampleServers kind;
  private RunningExample server;

  @BeforeParameterizedClassInvocation
  void startServer() throws Exception {
    server = kind.start();
  }

  @AfterParameterizedClassInvocation
  void stopServer() {
    server.close();
  }

  private HttpResponse<String> send(String method, String path) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theDocumentIsTheExamplesApisMerged() throws Exception {
    HttpResponse<String> response = send("GET", "/openapi.json");

    assertEquals(200, response.statusCode());
    assertEquals(
        "application/vnd.oai.openapi+json;version=3.1",
        response.headers().firstValue("Content-Type").orElseThrow());
    JsonNode document = MAPPER.readTree(response.body());
    assertEquals("3.1.0", document.get("openapi").asText());
    assertEquals("Users and reports", document.at("/info/title").asText());
    List<String> operations = DocumentedOperations.of(document);
    assertEquals(
        Set.of(
            "GET /api/users",
            "POST /api/users",
            "GET /api/users/{id}",
            "PUT /api/users/{id}",
            "DELETE /api/users/{id}",
            "PATCH /api/users/{id}",
            "GET /api/reports",
            "GET /api/reports/{name}",
            "PUT /api/reports/export"),
        Set.copyOf(operations));
    assertEquals(9, operations.size());
    assertEquals("2.0", document.at("/paths/~1api~1users~1{id}/patch/x-planned/release").asText());
    assertTrue(document.at("/paths/~1api~1reports~1export/put/x-planned").isObject());
  }

  @Test
  void theDocumentIsRevalidatedByItsETag() throws Exception {
    HttpResponse<String> first = send("GET", "/openapi.json");
    String etag = first.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> again =
        CLIENT.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/openapi.json"))
                .header("If-None-Match", etag)
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(304, again.statusCode());
    assertEquals("", again.body());
    assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());
  }

  @Test
  void theDocumentIsOnlyForGetAndHead() throws Exception {
    HttpResponse<String> head = send("HEAD", "/openapi.json");
    HttpResponse<String> post = send("POST", "/openapi.json");

    assertEquals(200, head.statusCode());
    assertEquals("", head.body());
    assertEquals(
        send("GET", "/openapi.json").body().getBytes(UTF_8).length,
        Long.parseLong(head.headers().firstValue("Content-Length").orElseThrow()));
    assertEquals(405, post.statusCode());
    assertEquals("GET, HEAD, OPTIONS", post.headers().firstValue("Allow").orElseThrow());
  }

  @Test
  void swaggerUiIsServedAtDocs() throws Exception {
    HttpResponse<String> page = send("GET", "/docs");

    assertEquals(200, page.statusCode());
    assertEquals(
        "text/html;charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(page.body().contains("data-document=\"/openapi.json\""), page.body());
    assertEquals(404, send("GET", "/docs/swagger-ui.js").statusCode());
  }
}
