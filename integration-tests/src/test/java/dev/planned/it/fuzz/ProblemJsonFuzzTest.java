package dev.planned.it.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.planned.Problem;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The JSON the runtime writes itself: a problem is well-formed JSON, and reads back as written, for
 * any text in any member — quotes, backslashes, control characters, unpaired surrogates.
 */
@ExtendWith(QuietRegression.class)
class ProblemJsonFuzzTest {
  private static final int[] STATUSES = {400, 404, 405, 413, 415, 422, 500, 501, 503, 599};

  @FuzzTest(maxDuration = "30s")
  void problemIsWellFormedJsonForAnyText(FuzzedDataProvider data) {
    int status = data.pickValue(STATUSES);
    String type = anyText(data);
    String title = anyText(data);
    String detail = anyText(data);
    String instance = anyText(data);
    String member = anyText(data);
    String value = anyText(data);
    Problem problem =
        Problem.of(status)
            .withType(type)
            .withTitle(title)
            .withDetail(detail)
            .withInstance(instance);
    boolean extension = !member.isEmpty() && !value.isEmpty();
    if (isStandardMember(member)) {
      Problem withStandardName = problem; // the JSON would have the member twice
      assertThrows(IllegalArgumentException.class, () -> withStandardName.with(member, value));
      extension = false;
    } else if (extension) {
      problem = problem.with(member, value);
    }

    JsonNode json = Answers.problemJson(problem.toResponse().body());

    assertEquals(status, json.get("status").intValue());
    assertEquals(type.isEmpty() ? "about:blank" : type, json.get("type").textValue());
    assertMember(json, "title", title);
    assertMember(json, "detail", detail);
    assertMember(json, "instance", instance);
    if (extension) {
      assertMember(json, member, value);
    }
    assertEquals(
        json,
        Answers.problemJson(problem.toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  private static boolean isStandardMember(String name) {
    return name.equals("type")
        || name.equals("title")
        || name.equals("status")
        || name.equals("detail")
        || name.equals("instance");
  }

  /** An empty member is left out; any other reads back exactly as it was set. */
  private static void assertMember(JsonNode json, String name, String expected) {
    assertEquals(
        expected.isEmpty() ? null : expected,
        json.has(name) ? json.get(name).textValue() : null,
        name);
  }

  /** Any UTF-16 text, unpaired surrogates and control characters included. */
  private static String anyText(FuzzedDataProvider data) {
    int length = data.consumeInt(0, 40);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(data.consumeChar());
    }
    return text.toString();
  }
}
