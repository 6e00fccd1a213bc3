package dev.planned.it.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.planned.HttpException;
import dev.planned.JsonCodec;
import dev.planned.NotImplementedException;
import dev.planned.Problem;
import dev.planned.Response;
import dev.planned.client.ClientException;
import dev.planned.it.NotesApiClient;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The generated client's reading of an answer, for any status, {@code Content-Type} and body bytes
 * (problem JSON included, which it reads without a codec): each call yields its result or the
 * exception the README's table documents for that answer, never another exception, and a body that
 * is not a problem is repeated in the exception only as far as {@link Problem#echo} cuts it.
 *
 * <p>A kept input ends with the status in two bytes, high byte last ({@code F5 01} is 501; Jazzer
 * brings any value into 100 to 599); before them one byte picks the {@code Content-Type} ({@link
 * #TYPES}) and one the call ({@link #CALLS}); the bytes before those are the body.
 */
@ExtendWith(QuietRegression.class)
class ClientAnswerFuzzTest {
  private static final URI BASE = URI.create("http://127.0.0.1:1");
  private static final JsonCodec CODEC = JsonCodec.discover().orElseThrow();

  private static final String[] TYPES = {
    "",
    "text/plain; charset=utf-8",
    "text/html",
    "application/json",
    "application/problem+json",
    "Application/Problem+JSON; charset=utf-8"
  };

  /** The result shapes of NotesApi, each through the generated client. */
  private static final List<Function<NotesApiClient, Object>> CALLS =
      List.of(
          client -> client.segment("a"), // String
          client -> client.note(1), // Optional<Note>: empty on 404
          client -> client.requiredNote(1), // Note from JSON
          client -> client.notes(), // List<Note> from JSON
          client -> {
            client.rename(1, "x"); // void
            return null;
          },
          client -> client.echoBytes(new byte[0]), // byte[]
          client -> client.answer(200), // Response: any status, nothing thrown
          client -> join(client.later("x"))); // CompletionStage<Note>

  @FuzzTest(maxDuration = "30s")
  void anyAnswerIsAResultOrTheDocumentedException(FuzzedDataProvider data) {
    int status = data.consumeInt(100, 599);
    String type = data.pickValue(TYPES);
    int call = data.consumeInt(0, CALLS.size() - 1);
    byte[] body = data.consumeRemainingAsBytes();
    Map<String, List<String>> headers =
        type.isEmpty() ? Map.of() : Map.of("Content-Type", List.of(type));
    NotesApiClient client =
        NotesApiClient.builder(BASE)
            .httpClient(new CannedHttpClient(status, headers, body))
            .codec(CODEC)
            .build();

    Object result;
    try {
      result = CALLS.get(call).apply(client);
    } catch (RuntimeException e) {
      assertDocumented(e, status, type, body, call);
      return;
    }
    assertResult(result, status, body, call);
  }

  private static void assertResult(Object result, int status, byte[] body, int call) {
    if (call == 6) {
      Response response = (Response) result;
      assertEquals(status, response.status());
      assertArrayEquals(body, response.body());
      return;
    }
    if (call == 1 && status == 404) {
      assertEquals(Optional.empty(), result);
      return;
    }
    assertTrue(status >= 200 && status <= 299, "a result only from a 2xx, not " + status);
    switch (call) {
      case 0 -> assertEquals(new String(body, UTF_8), result);
      case 5 -> assertArrayEquals(body, (byte[]) result);
      default -> {} // JSON read by the codec, or void
    }
  }

  private static void assertDocumented(
      RuntimeException thrown, int status, String type, byte[] body, int call) {
    if (call == 6) {
      fail("A Response result throws nothing, whatever the answer", thrown);
    }
    if (status >= 200 && status <= 299) {
      ClientException e = assertInstanceOf(ClientException.class, thrown);
      assertEquals(ClientException.Failure.MALFORMED_ANSWER, e.failure(), e::getMessage);
      assertTrue(call == 1 || call == 2 || call == 3 || call == 7, "only JSON is malformed");
      return;
    }
    if (status < 400) {
      ClientException e = assertInstanceOf(ClientException.class, thrown);
      assertEquals(ClientException.Failure.UNEXPECTED_STATUS, e.failure());
      return;
    }
    HttpException e = assertInstanceOf(HttpException.class, thrown);
    assertEquals(status, e.status());
    assertEquals(status == 501, e instanceof NotImplementedException, "501 and only 501");
    assertFalse(call == 1 && status == 404, "an Optional result is empty on 404");
    boolean announcedProblem = type.toLowerCase(Locale.ROOT).startsWith("application/problem+json");
    if (!announcedProblem) {
      // any other body is repeated only as far as the cut
      assertEquals(Problem.echo(new String(body, UTF_8).strip()), e.detail());
      assertTrue(e.detail().length() <= Problem.MAX_ECHO_LENGTH + 1, e::getMessage);
    }
  }

  private static <T> T join(java.util.concurrent.CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }
}
