package dev.planned.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.planned.Request;
import dev.planned.Response;
import dev.planned.jdk.JdkHttpServers;
import dev.planned.testing.CapturedLog;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Endpoints returning a CompletionStage: answered when it completes, in memory and over HTTP. */
class AsyncEndpointsTest {
  @RegisterExtension final CapturedLog log = CapturedLog.planned();

  /** Logged for an endpoint whose stage failed with an exception that is no HttpException. */
  private static final String FAILED_LOG =
      "SEVERE GET /later/text/{key} failed for"
          + " GET /later/text/fails: java.lang.IllegalStateException: secret internal detail";

  private final Later later = new Later();

  @Test
  void completedStageIsWrittenLikeItsValue() {
    Response response = later.dispatch(Request.get("/later/text/done"));

    assertEquals(200, response.status());
    assertEquals("done", response.bodyText());
    assertEquals("text/plain; charset=utf-8", response.header("Content-Type").orElseThrow());
  }

  @Test
  void stageCompletedOnAnotherThreadIsWaitedForInMemory() {
    assertEquals("slow", later.dispatch(Request.get("/later/text/slow")).bodyText());
  }

  @Test
  void jsonOptionalAndStatusWorkAsForPlainResults() {
    Response item = later.dispatch(Request.get("/later/items/a"));
    assertEquals(200, item.status());
    assertEquals("{\"key\":\"a\"}", item.bodyText());
    assertEquals(404, later.dispatch(Request.get("/later/items/none")).status());
    assertEquals(201, later.dispatch(Request.of("PUT", "/later/items/b")).status());
    Response removed = later.dispatch(Request.of("DELETE", "/later/items/b"));
    assertEquals(204, removed.status());
    assertEquals(0, removed.bodyLength());
  }

  @Test
  void failedStageIs500RevealingNothing() {
    Response response = later.dispatch(Request.get("/later/text/fails"));

    assertEquals(500, response.status());
    assertFalse(response.bodyText().contains("secret"), response.bodyText());
    assertFalse(response.bodyText().contains("IllegalStateException"), response.bodyText());
    assertEquals(List.of(FAILED_LOG), log.lines());
  }

  @Test
  void stageFailedWithHttpExceptionAnswersItsStatus() {
    Response response = later.dispatch(Request.get("/later/text/gone"));

    assertEquals(410, response.status());
    assertTrue(response.bodyText().contains("\"detail\":\"Gone for good.\""), response.bodyText());
  }

  @Test
  void nullStageIs500() {
    assertEquals(500, later.dispatch(Request.get("/later/text/null")).status());
    List<String> logged = log.lines();
    assertEquals(1, logged.size(), logged::toString);
    assertTrue(
        logged
            .get(0)
            .startsWith(
                "SEVERE GET /later/text/{key} failed for"
                    + " GET /later/text/null: java.lang.NullPointerException"),
        logged::toString);
  }

  @Test
  void plannedAsyncEndpointIs501() {
    Response response = later.dispatch(Request.of("POST", "/later/batches"));

    assertEquals(501, response.status());
    assertTrue(response.bodyText().contains("\"detail\":\"Batches come later.\""));
  }

  /**
   * With a single server thread, a request waiting for its stage does not stop the next request
   * from being answered: the thread was given back when the endpoint returned its stage.
   */
  @Test
  void waitingStageHoldsNoServerThread() throws Exception {
    ExecutorService oneThread = Executors.newSingleThreadExecutor();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(oneThread);
    server.createContext("/", JdkHttpServers.handler(later));
    server.start();
    try {
      URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      CompletableFuture<HttpResponse<String>> waiting =
          client.sendAsync(
              HttpRequest.newBuilder(base.resolve("/later/text/wait-1")).build(),
              BodyHandlers.ofString());

      HttpResponse<String> now =
          client.send(
              HttpRequest.newBuilder(base.resolve("/later/now"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              BodyHandlers.ofString());
      assertEquals("now", now.body());
      assertFalse(waiting.isDone());

      later.complete("wait-1", "released");
      HttpResponse<String> released = waiting.get(5, TimeUnit.SECONDS);
      assertEquals(200, released.statusCode());
      assertEquals("released", released.body());
    } finally {
      server.stop(0);
      oneThread.shutdownNow();
    }
  }

  @ParameterizedTest
  @EnumSource(Servers.class)
  void overHttpAsyncAnswersMatchInMemory(Servers kind) {
    try (RunningServer server = kind.start(later)) {
      Answer slow = server.send("GET", "/later/text/slow", Map.of(), null);
      assertEquals(200, slow.status());
      assertEquals("slow", slow.body());

      Answer fails = server.send("GET", "/later/text/fails", Map.of(), null);
      assertEquals(500, fails.status());
      assertFalse(fails.body().contains("secret"), fails.body());
      assertEquals(List.of(FAILED_LOG), log.lines());

      Answer head = server.send("HEAD", "/later/items/a", Map.of(), null);
      assertEquals(200, head.status());
      assertEquals("", head.body());

      Answer gone = server.send("GET", "/later/text/gone", Map.of(), null);
      assertEquals(410, gone.status());
      assertTrue(gone.body().contains("\"detail\":\"Gone for good.\""), gone.body());
    }
  }
}
