package dev.planned.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planned.Dispatcher;
import dev.planned.Request;
import dev.planned.Response;
import dev.planned.Route;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An answer that completes later frees the server's thread on every server: the JDK server's
 * handler and the servlet (through startAsync) return before the answer exists.
 */
class AsyncOverHttpTest {
  /** Answers with a future the test completes, and remembers the thread that asked. */
  private static final class Later implements Dispatcher {
    final CompletableFuture<Response> answer = new CompletableFuture<>();
    final CompletableFuture<Thread> askedOn = new CompletableFuture<>();

    @Override
    public CompletionStage<Response> dispatchAsync(Request request) {
      askedOn.complete(Thread.currentThread());
      return answer;
    }

    @Override
    public Response dispatch(Request request) {
      return dispatchAsync(request).toCompletableFuture().join();
    }

    @Override
    public List<Route> routes() {
      return List.of();
    }
  }

  @ParameterizedTest
  @EnumSource(Servers.class)
  void theServerThreadIsFreeBeforeTheAnswerExists(Servers kind) throws Exception {
    Later later = new Later();
    try (RunningServer server = kind.start(later)) {
      CompletableFuture<HttpResponse<String>> response =
          HttpClient.newHttpClient()
              .sendAsync(
                  HttpRequest.newBuilder(server.uri("/later")).build(),
                  HttpResponse.BodyHandlers.ofString());
      Thread serverThread = later.askedOn.get(5, TimeUnit.SECONDS);

      assertTrue(leftPlanned(serverThread), "the thread that dispatched went back to the server");
      assertFalse(response.isDone());

      later.answer.complete(Response.ok("done"));

      assertEquals("done", response.get(5, TimeUnit.SECONDS).body());
    }
  }

  /** Whether the thread runs no Planned adapter code any more, waiting at most five seconds. */
  private static boolean leftPlanned(Thread thread) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      boolean inAdapter =
          Arrays.stream(thread.getStackTrace())
              .anyMatch(
                  frame ->
                      frame.getClassName().startsWith("dev.planned.servlet.")
                          || frame.getClassName().startsWith("dev.planned.jdk."));
      if (!inAdapter) {
        return true;
      }
      Thread.sleep(50);
    }
    return false;
  }
}
