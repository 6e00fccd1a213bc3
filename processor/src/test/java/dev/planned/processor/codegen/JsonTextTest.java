package dev.planned.processor.codegen;

import static com.google.common.truth.Truth.assertThat;

import dev.planned.internal.JsonStrings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The processor's own JSON writer: RFC 8259 strings, and the layout of the documents. */
class JsonTextTest {
  /**
   * Strings go through the runtime's escaping, the problem bodies' own: DEL (U+007F) escaped as the
   * other control characters are, a lone surrogate too (UTF-8 cannot carry it), a pair as it is.
   */
  @Test
  void stringsAreEscapedAsTheRuntimeEscapesThem() {
    String text = "a\"b\\c/d\n\r\t\b\f\u0000\u001f\u007f é 😀 \ud83d x \ude00";
    assertThat(JsonText.of(text))
        .isEqualTo(
            "\"a\\\"b\\\\c/d\\n\\r\\t\\b\\f\\u0000\\u001f\\u007f é 😀 \\ud83d x \\ude00\"\n");
    assertThat(JsonText.of(text)).isEqualTo(JsonStrings.quote(text) + "\n");
  }

  /** Member names are strings too. */
  @Test
  void memberNamesAreEscaped() {
    assertThat(JsonText.of(Map.of("x-\u007f\"", 1))).isEqualTo("{\n  \"x-\\u007f\\\"\": 1\n}\n");
  }

  @Test
  void valuesAreWrittenWithTwoSpacesInTheMapsOrder() {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("z", 1);
    object.put("a", List.of(true, 2L, new BigDecimal("1.50")));
    object.put("empty", Map.of());
    object.put("none", new ArrayList<>());
    object.put("null", null);
    assertThat(JsonText.of(object))
        .isEqualTo(
            "{\n"
                + "  \"z\": 1,\n"
                + "  \"a\": [\n"
                + "    true,\n"
                + "    2,\n"
                + "    1.50\n"
                + "  ],\n"
                + "  \"empty\": {},\n"
                + "  \"none\": [],\n"
                + "  \"null\": null\n"
                + "}\n");
  }
}
