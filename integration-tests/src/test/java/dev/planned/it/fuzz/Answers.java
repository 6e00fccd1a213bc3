package dev.planned.it.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.planned.Problem;
import dev.planned.Response;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The invariants every fuzzed answer keeps. */
final class Answers {
  /** How many characters next to an echo may coincide with the client's value. */
  private static final int COINCIDENCE = 16;

  /**
   * Strict: a member twice, invalid UTF-8 or anything after the object is a failure, which a
   * lenient reader would let pass.
   */
  static final ObjectMapper STRICT_JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private Answers() {}

  /**
   * Checks an answer: a success, or a well-formed problem of its own status that repeats none of
   * the client's values beyond {@value Problem#MAX_ECHO_LENGTH} characters.
   *
   * @param clientValues what the client sent, as sent and as decoded
   * @return the answer's problem, or null for a success
   */
  static JsonNode check(Response response, String... clientValues) {
    assertNotNull(response, "a dispatcher answers, always");
    int status = response.status();
    assertTrue(status >= 200 && status <= 599, "status " + status);
    if (status < 400) {
      return null;
    }
    assertEquals(List.of("application/problem+json"), response.headers("Content-Type"));
    if (response.bodyLength() == 0) {
      // the answer to HEAD: the problem's headers, and the length its body would have
      assertTrue(response.header("Content-Length").isPresent(), "a problem without its body");
      return null;
    }
    JsonNode problem = problemJson(response.body());
    assertEquals(status, problem.get("status").intValue(), "the problem's own status");
    for (Iterator<Map.Entry<String, JsonNode>> members = problem.fields(); members.hasNext(); ) {
      Map.Entry<String, JsonNode> member = members.next();
      if (member.getKey().equals("status")) {
        continue;
      }
      assertTrue(member.getValue().isTextual(), member + " is a string");
      for (String value : clientValues) {
        assertNoLongEcho(member.getKey(), member.getValue().textValue(), value);
      }
    }
    for (String member : List.of("type", "title")) {
      assertTrue(problem.hasNonNull(member), member + " in " + problem);
    }
    return problem;
  }

  /** Parses a problem body strictly, and checks its shape: an object with a numeric status. */
  static JsonNode problemJson(byte[] body) {
    JsonNode problem;
    try (JsonParser parser = STRICT_JSON.createParser(body)) {
      problem = STRICT_JSON.readTree(parser);
    } catch (IOException e) {
      throw new AssertionError("not well-formed JSON: " + new String(body, UTF_8), e);
    }
    assertTrue(problem != null && problem.isObject(), "an object");
    assertTrue(problem.path("status").isInt(), "a numeric status in " + problem);
    return problem;
  }

  /**
   * No run of more than the limit of the client's value appears in what it is told. The text around
   * an echo may happen to continue it ({@code was "} before a value of quotes, {@code …} after one
   * that has them), so a few characters more than the limit are tolerated: what is caught is an
   * echo that is not cut.
   */
  static void assertNoLongEcho(String member, String told, String clientValue) {
    int window = Problem.MAX_ECHO_LENGTH + COINCIDENCE;
    if (clientValue == null || clientValue.length() < window || told.length() < window) {
      return;
    }
    for (int i = 0; i + window <= clientValue.length(); i++) {
      if (told.contains(clientValue.substring(i, i + window))) {
        fail(
            member
                + " repeats more than "
                + Problem.MAX_ECHO_LENGTH
                + " characters of \""
                + clientValue
                + "\": "
                + told);
      }
    }
  }
}
