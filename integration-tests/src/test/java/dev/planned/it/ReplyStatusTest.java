package dev.planned.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.planned.Request;
import dev.planned.Response;
import dev.planned.testing.CapturedLog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A Reply of a status without a body, or of another status than its endpoint declares (and its
 * OpenAPI document promises), is a bug in the endpoint: a 500 that reveals nothing, with the reason
 * in the log.
 */
class ReplyStatusTest {
  @RegisterExtension final CapturedLog log = CapturedLog.planned();

  private static final String MISMATCH_LOG =
      "SEVERE POST /typed/replies/mismatched failed for POST /typed/replies/mismatched:"
          + " java.lang.IllegalStateException: The endpoint declares status = 201, but returned a"
          + " Reply with status 200: make them agree, or remove status from @Endpoint";

  @Test
  void replyOfAStatusWithoutBodyIsRefusedWhenMadeAnd500() {
    Response response = new Typed().dispatch(Request.get("/typed/reply-without-body"));

    assertEquals(500, response.status());
    assertFalse(response.bodyText().contains("Reply"), response.bodyText());
    assertEquals(
        List.of(
            "SEVERE GET /typed/reply-without-body failed for GET /typed/reply-without-body:"
                + " java.lang.IllegalArgumentException: Status 204 has no body, and a Reply has"
                + " one: return void or a Response instead"),
        log.lines());
  }

  @Test
  void replyOfAnotherStatusThanDeclaredIs500InMemory() {
    Response response = new Typed().dispatch(Request.of("POST", "/typed/replies/mismatched"));

    assertEquals(500, response.status());
    assertFalse(response.bodyText().contains("Reply"), response.bodyText());
    assertEquals(List.of(MISMATCH_LOG), log.lines());
  }

  @ParameterizedTest
  @EnumSource(Servers.class)
  void replyOfAnotherStatusThanDeclaredIs500OnEveryServer(Servers kind) {
    try (RunningServer server = kind.start(new Typed())) {
      Answer answer = server.send("POST", "/typed/replies/mismatched", Map.of(), new byte[0]);

      assertEquals(500, answer.status());
      assertFalse(answer.body().contains("Reply"), answer.body());
      assertEquals(List.of(MISMATCH_LOG), log.lines());
    }
  }
}
