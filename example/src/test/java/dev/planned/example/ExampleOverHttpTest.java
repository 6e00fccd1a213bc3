package dev.planned.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The example as a client sees it, over real HTTP on loopback: run on each of {@link
 * ExampleServers}.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(ExampleServers.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExampleOverHttpTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
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

  @Test
  void plannedPatchAnswers501WithItsPlan() throws Exception {
    HttpResponse<String> response = send("PATCH", "/api/users/1", "application/json", "{}");

    assertEquals(501, response.statusCode());
    assertEquals("application/problem+json", header(response, "Content-Type"));
    assertEquals("no-store", header(response, "Cache-Control"));
    assertEquals(
        "{\"type\":\"about:blank\",\"title\":\"Not"
            + " Implemented\",\"status\":501,\"detail\":\"Partial updates are coming; send the"
            + " whole user with"
            + " PUT.\",\"instance\":\"/api/users/1\",\"method\":\"PATCH\",\"route\":\"PATCH"
            + " /api/users/{id}\","
            + "\"release\":\"2.0\",\"link\":\"https://example.org/roadmap#patch-users\",\"alternative\":\"PUT"
            + " /api/users/{id}\"}",
        response.body());
  }

  @Test
  void plannedExportAnswers501WithItsMessage() throws Exception {
    HttpResponse<String> response = send("PUT", "/api/reports/export", null, null);

    assertEquals(501, response.statusCode());
    assertEquals(
        "{\"type\":\"about:blank\",\"title\":\"Not Implemented\",\"status\":501,"
            + "\"detail\":\"Report export is not yet available. Check back in a future release.\","
            + "\"instance\":\"/api/reports/export\",\"method\":\"PUT\","
            + "\"route\":\"PUT /api/reports/export\"}",
        response.body());
  }

  @Test
  void createdUserIs201WithItsLocationAndServedAsJson() throws Exception {
    HttpResponse<String> created =
        send(
            "POST",
            "/api/users",
            "application/json",
            "{\"name\":\"Katherine Johnson\",\"email\":\"katherine@example.org\"}");

    assertEquals(201, created.statusCode());
    assertEquals("application/json", header(created, "Content-Type"));
    String id = created.body().replaceAll("^\\{\"id\":(\\d+),.*", "$1");
    assertEquals("/api/users/" + id, header(created, "Location"));
    assertEquals(
        "{\"id\":"
            + id
            + ",\"name\":\"Katherine Johnson\","
            + "\"email\":\"katherine@example.org\"}",
        created.body());

    HttpResponse<String> fetched = send("GET", "/api/users/" + id, null, null);
    assertEquals(200, fetched.statusCode());
    assertEquals(created.body(), fetched.body());
  }

  @Test
  void queryParametersFilterAndDefault() throws Exception {
    HttpResponse<String> response = send("GET", "/api/users?name=Ada", null, null);

    assertEquals(200, response.statusCode());
    assertEquals(
        "[{\"id\":1,\"name\":\"Ada Lovelace\",\"email\":\"ada@example.org\"}]", response.body());
  }

  @Test
  void unknownUserIs404Problem() throws Exception {
    HttpResponse<String> response = send("GET", "/api/users/999", null, null);

    assertEquals(404, response.statusCode());
    assertEquals("application/problem+json", header(response, "Content-Type"));
  }

  @Test
  void asyncReportCompletes() throws Exception {
    HttpResponse<String> response = send("GET", "/api/reports/user-count", null, null);

    assertEquals(200, response.statusCode());
    assertTrue(
        response
            .body()
            .startsWith(
                "{\"name\":\"user-count\",\"description\":\"How many users there are\",\"value\":"),
        response.body());
    assertEquals(404, send("GET", "/api/reports/nothing", null, null).statusCode());
  }

  @Test
  void undeclaredMethodOnKnownPathIs405WithAllow() throws Exception {
    HttpResponse<String> response = send("DELETE", "/api/reports", null, null);

    assertEquals(405, response.statusCode());
    assertEquals("GET, HEAD, OPTIONS", header(response, "Allow"));
  }

  @Test
  void badInputIs4xxProblemNamingIt() throws Exception {
    HttpResponse<String> badLimit = send("GET", "/api/users?limit=abc", null, null);
    assertEquals(400, badLimit.statusCode());
    assertTrue(
        badLimit
            .body()
            .contains(
                "\"detail\":\"Query parameter \\\"limit\\\" must be an int, but was"
                    + " \\\"abc\\\".\""),
        badLimit.body());

    HttpResponse<String> badId = send("GET", "/api/users/abc", null, null);
    assertEquals(400, badId.statusCode());
    assertTrue(badId.body().contains("Path parameter \\\"id\\\""), badId.body());

    HttpResponse<String> invalid =
        send(
            "POST",
            "/api/users",
            "application/json",
            "{\"name\":\"\",\"email\":\"x@example.org\"}");
    assertEquals(422, invalid.statusCode());
    assertTrue(invalid.body().contains("non-empty \\\"name\\\""), invalid.body());

    assertEquals(415, send("POST", "/api/users", "text/plain", "hello").statusCode());
    assertEquals(400, send("POST", "/api/users", "application/json", "{\"name\":").statusCode());
  }

  @Test
  void methodNoEndpointDeclaresIs501() throws Exception {
    assertEquals(501, send("FOO", "/api/users", null, null).statusCode());
  }

  @Test
  void routeTableMarksPlannedEndpoints() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    server.printRoutes(new PrintStream(out, true, StandardCharsets.UTF_8));
    String table = out.toString(StandardCharsets.UTF_8);

    assertTrue(
        table.contains(
            "PATCH   /api/users/{id}         PLANNED for 2.0: Partial updates"
                + " are coming; send the whole user with PUT."),
        table);
    assertTrue(
        table.contains(
            "PUT     /api/reports/export     PLANNED: Report export is not yet" + " available."),
        table);
    assertTrue(table.contains("GET     /api/users/{id}\n"), table);
  }

  @Test
  void everyAnswerCarriesARequestId() throws Exception {
    HttpResponse<String> found = send("GET", "/api/users", null, null);
    HttpResponse<String> notFound = send("GET", "/api/nothing", null, null);

    assertTrue(
        header(found, "X-Request-Id").matches("[0-9a-f]{32}"), header(found, "X-Request-Id"));
    assertTrue(header(notFound, "X-Request-Id").matches("[0-9a-f]{32}"));
  }

  @Test
  void theWebApplicationMayCallTheApiFromItsPages() throws Exception {
    HttpResponse<String> preflight =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/users/1"))
                .method("OPTIONS", BodyPublishers.noBody())
                .header("Origin", ExampleApis.WEB_APP_ORIGIN)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .build(),
            BodyHandlers.ofString());

    assertEquals(204, preflight.statusCode());
    assertEquals(ExampleApis.WEB_APP_ORIGIN, header(preflight, "Access-Control-Allow-Origin"));
    // the Allow of /api/users/{id}, without PATCH, which is planned
    assertEquals(header(preflight, "Allow"), header(preflight, "Access-Control-Allow-Methods"));
    assertTrue(!header(preflight, "Allow").contains("PATCH"), header(preflight, "Allow"));
    assertEquals("Content-Type, Authorization", header(preflight, "Access-Control-Allow-Headers"));
  }

  @Test
  void otherOriginsGetNoCorsHeaders() throws Exception {
    HttpResponse<String> answer =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/users"))
                .header("Origin", "https://elsewhere.example")
                .build(),
            BodyHandlers.ofString());

    assertEquals(200, answer.statusCode());
    assertTrue(answer.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
  }

  @Test
  void writesWithoutTheTokenAre401WithAChallenge() throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/users"))
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString("{\"name\":\"Eve\",\"email\":\"eve@example.org\"}"));
    HttpResponse<String> refused = CLIENT.send(request.build(), BodyHandlers.ofString());

    assertEquals(401, refused.statusCode());
    assertEquals("Bearer realm=\"example\"", header(refused, "WWW-Authenticate"));
    assertEquals(
        "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
            + "\"detail\":\"Writes need the header Authorization: Bearer <token>.\","
            + "\"instance\":\"/api/users\"}",
        refused.body());
    HttpResponse<String> wrongToken =
        CLIENT.send(
            request.header("Authorization", "Bearer guess").build(), BodyHandlers.ofString());
    assertEquals(401, wrongToken.statusCode());
    assertTrue(
        send("GET", "/api/users?name=Eve", null, null).body().equals("[]"), "nothing was created");
    HttpResponse<String> planned =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/users/1"))
                .method("PATCH", BodyPublishers.ofString("{}"))
                .build(),
            BodyHandlers.ofString());
    assertEquals(501, planned.statusCode(), "a planned write's plan is public");
  }

  @Test
  void anUnknownUserIsMappedToA404Problem() throws Exception {
    HttpResponse<String> response = send("DELETE", "/api/users/999", null, null);

    assertEquals(404, response.statusCode());
    assertEquals(
        "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
            + "\"detail\":\"There is no user 999.\",\"instance\":\"/api/users/999\"}",
        response.body());
  }

  /** Sends a request with the demo bearer token, as a client allowed to write does. */
  HttpResponse<String> send(String method, String path, String contentType, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .header("Authorization", "Bearer " + ExampleApis.DEMO_TOKEN);
    request.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return CLIENT.send(request.build(), BodyHandlers.ofString());
  }

  static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse(null);
  }
}
