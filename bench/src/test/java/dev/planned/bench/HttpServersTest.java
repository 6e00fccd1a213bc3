package dev.planned.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import dev.planned.bench.http.BenchServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Test;

/**
 * The HTTP benchmark compares like with like: the raw handler, Planned and Jersey answer the
 * implemented and the planned route with the same status, media type and bytes.
 */
class HttpServersTest {
  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void everyServerAnswersBothBenchmarkRoutesAlike() throws Exception {
    String plannedBody = null;
    for (String kind : List.of("planned", "raw", "jersey")) {
      HttpServer server = BenchServer.start(kind, 0);
      try {
        HttpResponse<String> ok = get(server, RouteTable.HTTP_IMPLEMENTED_PATH);
        assertEquals(200, ok.statusCode(), kind);
        assertEquals("ok", ok.body(), kind);
        assertEquals("text/plain;charset=utf-8", mediaType(ok), kind);

        HttpResponse<String> planned = get(server, RouteTable.HTTP_PLANNED_PATH);
        assertEquals(501, planned.statusCode(), kind);
        assertEquals("application/problem+json", mediaType(planned), kind);
        assertEquals("no-store", planned.headers().firstValue("Cache-Control").orElse(""), kind);
        if (plannedBody == null) {
          plannedBody = planned.body(); // Planned's own, the first server
          assertEquals(PlannedProblem.json(RouteTable.HTTP_PLANNED_PATH), plannedBody);
        }
        assertEquals(plannedBody, planned.body(), kind);
      } finally {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
      }
    }
  }

  private HttpResponse<String> get(HttpServer server, String path) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The media type without spaces, so "text/plain; charset=utf-8" and Jersey's form compare. */
  private static String mediaType(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase();
  }
}
