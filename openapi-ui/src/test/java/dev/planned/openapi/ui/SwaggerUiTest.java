package dev.planned.openapi.ui;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planned.Request;
import dev.planned.jdk.JdkHttpServers;
import dev.planned.jdk.JdkServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Swagger UI over the JDK server on loopback: what is served, with which type, and nothing else.
 */
class SwaggerUiTest {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static JdkServer server;

  @BeforeAll
  static void start() throws IOException {
    server =
        JdkHttpServers.start(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            SwaggerUi.servedAt("/docs", "/openapi.json"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<byte[]> get(String path) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(server.uri() + path))
            .timeout(Duration.ofSeconds(5))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void thePageLoadsSwaggerUiAndPlannedsScriptAndNamesTheDocument() throws Exception {
    HttpResponse<byte[]> page = get("/docs");

    assertEquals(200, page.statusCode());
    assertEquals(
        "text/html;charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
    String html = new String(page.body(), ISO_8859_1);
    assertTrue(html.contains("data-document=\"/openapi.json\""), html);
    assertTrue(html.contains("<script src=\"./docs/swagger-ui-bundle.js\""), html);
    assertTrue(html.contains("<script src=\"./docs/planned.js\""), html);
  }

  @Test
  void everyFileOfThePageIsServedWithItsType() throws Exception {
    Map<String, String> types =
        Map.of(
            "/docs/swagger-ui-bundle.js", "text/javascript;charset=utf-8",
            "/docs/planned.js", "text/javascript;charset=utf-8",
            "/docs/swagger-ui.css", "text/css;charset=utf-8",
            "/docs/index.css", "text/css;charset=utf-8",
            "/docs/planned.css", "text/css;charset=utf-8",
            "/docs/favicon-32x32.png", "image/png",
            "/docs/favicon-16x16.png", "image/png");
    for (Map.Entry<String, String> file : types.entrySet()) {
      HttpResponse<byte[]> response = get(file.getKey());
      assertEquals(200, response.statusCode(), file.getKey());
      assertEquals(file.getValue(), response.headers().firstValue("Content-Type").orElseThrow());
      assertEquals(
          "nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
      assertTrue(response.body().length > 0, file.getKey());
    }
    byte[] bundle = get("/docs/swagger-ui-bundle.js").body();
    try (InputStream in =
        getClass()
            .getClassLoader()
            .getResourceAsStream(
                "META-INF/resources/webjars/swagger-ui/"
                    + SwaggerUi.webjarVersion()
                    + "/swagger-ui-bundle.js")) {
      assertEquals(in.readAllBytes().length, bundle.length, "the webjar's file as it is");
    }
  }

  @Test
  void nothingElseOfTheClassPathIsReachable() throws Exception {
    String version = SwaggerUi.webjarVersion();
    for (String target :
        List.of(
            "/docs/swagger-ui.js",
            "/docs/swagger-ui-bundle.js.LICENSE.txt",
            "/docs/index.html",
            "/docs/",
            "/dev/planned/openapi/ui/index.html",
            "/META-INF/resources/webjars/swagger-ui/" + version + "/index.html",
            "/docs/" + version + "/swagger-ui.js")) {
      String answer = rawGet(target);
      assertTrue(answer.startsWith("HTTP/1.1 404 "), target + ": " + answer);
    }
  }

  @Test
  void dotSegmentsAndEncodedSlashesReachNothingOutside() throws Exception {
    // whether a router refuses such a path, cleans it or redirects it, the file is never sent
    for (String target :
        List.of(
            "/docs/../META-INF/maven/org.webjars/swagger-ui/pom.properties",
            "/docs/%2E%2E/%2E%2E/META-INF/maven/org.webjars/swagger-ui/pom.properties",
            "/docs/..%2F..%2FMETA-INF/maven/org.webjars/swagger-ui/pom.properties",
            "/docs/%2e%2e%2fdev/planned/openapi/ui/SwaggerUi.class")) {
      String answer = rawGet(target);
      assertFalse(answer.startsWith("HTTP/1.1 200 "), target + ": " + answer);
      assertFalse(answer.contains("groupId=org.webjars"), target + ": " + answer);
    }
  }

  @Test
  void theDocumentUrlIsEscapedInThePage() {
    String page =
        SwaggerUi.servedAt("/api/docs", "/x\"><script>1")
            .dispatch(Request.get("/api/docs"))
            .bodyText();

    assertTrue(page.contains("data-document=\"/x&quot;&gt;&lt;script&gt;1\""), page);
    assertTrue(page.contains("href=\"./docs/swagger-ui.css\""), "relative to /api/docs");
  }

  @Test
  void aPageSegmentOtherThanUnreservedCharactersIsPercentEncodedInItsLinks() {
    String page =
        SwaggerUi.servedAt("/a:b ü", "/openapi.json")
            .dispatch(Request.get("/a:b%20%C3%BC"))
            .bodyText();

    assertTrue(page.contains("src=\"./a%3Ab%20%C3%BC/planned.js\""), page);
    assertEquals(
        200,
        SwaggerUi.servedAt("/a:b ü", "/openapi.json")
            .dispatch(Request.get("/a:b%20%C3%BC/planned.js"))
            .status());
  }

  @Test
  void theUiNeedsAPathOfItsOwn() {
    assertThrows(IllegalArgumentException.class, () -> SwaggerUi.servedAt("/", "/openapi.json"));
    assertThrows(
        IllegalArgumentException.class, () -> SwaggerUi.servedAt("/docs/", "/openapi.json"));
  }

  /** A request sent as written, dot segments and all: a client library would normalize them. */
  private static String rawGet(String target) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.setSoTimeout(5000);
      socket
          .getOutputStream()
          .write(
              ("GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close" + "\r\n\r\n")
                  .getBytes(ISO_8859_1));
      return new String(socket.getInputStream().readAllBytes(), ISO_8859_1);
    }
  }
}
