package dev.planned;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planned.internal.RouteTable;
import dev.planned.internal.Routes;
import dev.planned.jdk.JdkHttpServers;
import dev.planned.jdk.JdkServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixedResourcesTest {
  private static final String NOTES = "release notes";

  private static final FixedResources RESOURCES =
      FixedResources.builder()
          .add("/notes.txt", "text/plain; charset=utf-8", NOTES)
          .add("/docs/app.js", "text/javascript", "console.log(1);")
          .build();

  /** Served together with another set, as a router sees them. */
  private static final Router TOGETHER =
      Router.of(RESOURCES, FixedResources.builder().add("/other", "text/plain", "x").build());

  @Test
  void getAnswersTheBodyWithItsTypeAValidatorAndNoSniffing() {
    Response response = RESOURCES.dispatch(Request.get("/notes.txt"));

    assertEquals(200, response.status());
    assertEquals(NOTES, response.bodyText());
    assertEquals("text/plain; charset=utf-8", response.header("Content-Type").orElseThrow());
    assertEquals("no-cache", response.header("Cache-Control").orElseThrow());
    assertEquals("nosniff", response.header("X-Content-Type-Options").orElseThrow());
    String etag = response.header("ETag").orElseThrow();
    assertTrue(etag.matches("\"[A-Za-z0-9_-]{22}\""), etag);
  }

  @Test
  void theValidatorChangesWithTheBodyOnly() {
    String first = RESOURCES.dispatch(Request.get("/notes.txt")).header("ETag").orElseThrow();
    String again =
        FixedResources.builder()
            .add("/elsewhere", "text/html", NOTES)
            .build()
            .dispatch(Request.get("/elsewhere"))
            .header("ETag")
            .orElseThrow();
    String other = RESOURCES.dispatch(Request.get("/docs/app.js")).header("ETag").orElseThrow();

    assertEquals(first, again);
    assertFalse(first.equals(other));
  }

  @Test
  void aMatchingIfNoneMatchGets304WithTheValidatorAndNoBody() {
    String etag = RESOURCES.dispatch(Request.get("/notes.txt")).header("ETag").orElseThrow();

    for (String field : List.of(etag, "\"other\", " + etag, "W/" + etag, "*")) {
      Response response =
          RESOURCES.dispatch(Request.get("/notes.txt").withHeader("If-None-Match", field));
      assertEquals(304, response.status(), field);
      assertEquals(0, response.bodyLength());
      assertEquals(etag, response.header("ETag").orElseThrow());
      assertEquals("no-cache", response.header("Cache-Control").orElseThrow());
    }
    assertEquals(
        200,
        RESOURCES
            .dispatch(Request.get("/notes.txt").withHeader("If-None-Match", "\"other\""))
            .status());
  }

  @Test
  void headAnswersTheHeadersOfGetWithItsLength() {
    Response response = RESOURCES.dispatch(Request.of("HEAD", "/notes.txt"));

    assertEquals(200, response.status());
    assertEquals(0, response.bodyLength());
    assertEquals(Integer.toString(NOTES.length()), response.header("Content-Length").orElseThrow());
  }

  @Test
  void optionsListsGetHeadAndOptions() {
    Response response = RESOURCES.dispatch(Request.of("OPTIONS", "/notes.txt"));

    assertEquals(204, response.status());
    assertEquals("GET, HEAD, OPTIONS", response.header("Allow").orElseThrow());
  }

  @Test
  void anotherMethodKnownToTheServerIs405WithAllow() {
    Router router = Router.of(RESOURCES, new PostOnly());

    Response response = router.dispatch(Request.of("POST", "/notes.txt"));

    assertEquals(405, response.status());
    assertEquals("GET, HEAD, OPTIONS", response.header("Allow").orElseThrow());
    assertEquals(200, router.dispatch(Request.get("/notes.txt")).status());
    assertEquals(201, router.dispatch(Request.of("POST", "/things")).status());
  }

  @Test
  void onlyTheExactPathsAreServed() {
    for (String path :
        List.of(
            "/notes.txt/",
            "/notes",
            "/docs",
            "/docs/",
            "/docs/app.js/x",
            "/docs/app.js%2F",
            "/NOTES.TXT",
            "/")) {
      assertEquals(404, TOGETHER.dispatch(Request.get(path)).status(), path);
    }
    for (String path : List.of("/docs/../secret", "/docs/%2E%2E/secret", "/docs/..%2Fsecret")) {
      // nothing but what was added, however the router treats dot segments (refused, or cleaned
      // to /secret: not added either)
      assertFalse(TOGETHER.dispatch(Request.get(path)).status() == 200, path);
    }
    assertEquals(
        200,
        TOGETHER.dispatch(Request.get("/docs/app%2Ejs")).status(),
        "a percent-encoded unreserved character is the same path (RFC 3986, 6.2.2.2)");
  }

  @Test
  void pathsMustBeLiteralAbsoluteAndDistinct() {
    for (String path : List.of("notes", "/a//b", "/a/", "/a/./b", "/a/../b", "/{name}", "")) {
      assertThrows(
          IllegalArgumentException.class,
          () -> FixedResources.builder().add(path, "text/plain", "x"),
          path);
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> FixedResources.builder().add("/a", "text/plain", "x").add("/a", "text/html", "y"));
    assertThrows(
        IllegalArgumentException.class,
        () -> FixedResources.builder().add("/a", "text/plain\r\nX-Evil: 1", "x").build());
    assertThrows(IllegalStateException.class, () -> FixedResources.builder().build());
    assertEquals(
        200,
        FixedResources.builder()
            .add("/", "text/plain", "root")
            .build()
            .dispatch(Request.get("/"))
            .status());
  }

  @Test
  void aPathAnApiServesIsAConflictNamingBoth() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Router.of(
                    RESOURCES,
                    FixedResources.builder().add("/notes.txt", "text/plain", "again").build()));

    assertTrue(e.getMessage().contains("GET /notes.txt"), e.getMessage());
  }

  @Test
  void overTheJdkServerHeadAnd304AreFramedWithoutABody() throws Exception {
    try (JdkServer server =
        JdkHttpServers.start(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), RESOURCES)) {
      String etag = RESOURCES.dispatch(Request.get("/notes.txt")).header("ETag").orElseThrow();
      String answers =
          exchange(
              server,
              "HEAD /notes.txt HTTP/1.1\r\nHost: x\r\n\r\n"
                  + "GET /notes.txt HTTP/1.1\r\nHost: x\r\nIf-None-Match: "
                  + etag
                  + "\r\n\r\n"
                  + "GET /notes.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

      String[] parts = answers.split("\r\n\r\n", -1);
      assertTrue(parts[0].startsWith("HTTP/1.1 200 "), parts[0]);
      assertTrue(parts[0].toLowerCase().contains("content-length: " + NOTES.length()), parts[0]);
      assertTrue(parts[1].startsWith("HTTP/1.1 304 "), "HEAD sent no body: " + parts[1]);
      assertTrue(parts[1].contains(etag), parts[1]);
      assertTrue(parts[2].startsWith("HTTP/1.1 200 "), "304 sent no body: " + parts[2]);
      assertEquals(NOTES, parts[3]);
    }
  }

  /** Sends the requests on one connection and reads until the server closes it. */
  private static String exchange(JdkServer server, String requests) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.setSoTimeout(5000);
      socket.getOutputStream().write(requests.getBytes(ISO_8859_1));
      socket.getOutputStream().flush();
      ByteArrayOutputStream answers = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      in.transferTo(answers);
      return answers.toString(ISO_8859_1);
    }
  }

  /** A dispatcher with one POST route, standing for a generated API. */
  private static final class PostOnly extends ApiDispatcher {
    private static final List<Route> ROUTES =
        List.of(Routes.implemented("POST", "/things", "create"));

    PostOnly() {
      super(new Table());
    }

    @Override
    public List<Route> routes() {
      return ROUTES;
    }

    private static final class Table implements RouteTable<PostOnly> {
      @Override
      public int find(String method, String path) {
        return method.equals("POST") && path.equals("/things") ? 0 : NO_ROUTE;
      }

      @Override
      public Response invoke(PostOnly api, int route, Request request) {
        return Response.status(201);
      }
    }
  }
}
