package dev.planned.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.planned.FixedResources;
import dev.planned.it.RawConnection.RawResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * A fixed document served next to a generated API, as planned-openapi serves its document, over raw
 * HTTP on each of {@link Servers}: HEAD and 304 answers carry no body, so that the next answer on
 * the connection is read where it starts; methods and Allow follow the router's rules.
 */
@OnEveryServer
class FixedResourcesOverHttpTest {
  private static final String DOCUMENT = "{\"openapi\":\"3.1.0\"}";
  private static final FixedResources RESOURCES =
      FixedResources.builder()
          .add("/openapi.json", "application/vnd.oai.openapi+json;version=3.1", DOCUMENT)
          .build();

  @Parameter Servers server;
  private RunningServer running;

  @BeforeParameterizedClassInvocation
  void start() {
    running = server.start(new Library(), RESOURCES);
  }

  @AfterParameterizedClassInvocation
  void stop() {
    running.close();
  }

  @Test
  void getHeadAnd304AreFramedOnOneConnection() {
    try (RawConnection connection = RawConnection.open(running)) {
      RawResponse get = connection.send("GET /openapi.json HTTP/1.1\r\nHost: x\r\n\r\n").read();
      String etag = get.header("ETag");
      RawResponse head =
          connection.send("HEAD /openapi.json HTTP/1.1\r\nHost: x\r\n\r\n").read("HEAD");
      RawResponse notModified =
          connection
              .send(
                  "GET /openapi.json HTTP/1.1\r\nHost: x\r\n"
                      + "If-None-Match: "
                      + etag
                      + "\r\n\r\n")
              .read();
      RawResponse again = connection.send("GET /openapi.json HTTP/1.1\r\nHost: x\r\n\r\n").read();

      assertEquals(200, get.status());
      assertEquals(DOCUMENT, get.body());
      assertEquals("application/vnd.oai.openapi+json;version=3.1", get.header("Content-Type"));
      assertEquals("no-cache", get.header("Cache-Control"));
      assertEquals(200, head.status());
      assertEquals(Integer.toString(DOCUMENT.length()), head.header("Content-Length"));
      assertEquals(304, notModified.status());
      assertEquals(etag, notModified.header("ETag"));
      assertEquals(200, again.status(), "the 304 sent no body: this answer starts where it should");
      assertEquals(DOCUMENT, again.body());
      connection.timeout(Duration.ofMillis(300));
      assertFalse(connection.isClosedByServer(), "kept open");
    }
  }

  @Test
  void aMethodTheApiServesElsewhereIs405WithAllow() {
    Answer answer = running.send("PUT", "/openapi.json", Map.of(), new byte[0]);

    assertEquals(405, answer.status());
    assertEquals("GET, HEAD, OPTIONS", answer.header("Allow").orElseThrow());
  }

  @Test
  void theApiIsServedBesideIt() {
    assertEquals(200, running.send("GET", "/v1/books/new", Map.of(), null).status());
    assertEquals(404, running.send("GET", "/openapi.json/x", Map.of(), null).status());
  }
}
