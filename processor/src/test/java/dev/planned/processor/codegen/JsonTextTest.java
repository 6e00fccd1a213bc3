package dev.planned.processor.codegen;

import static com.google.common.truth.Truth.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The processor's own JSON writer: RFC 8259 strings, and the layout of the documents. */
class JsonTextTest {
  @Test
  void stringsAreEscapedAsRfc8259Says() {
    StringBuilder json = new StringBuilder();
    JsonText.appendString(json, "a\"b\\c/d\n\r\t\b\f\u0000\u001f\u007f é 😀");
    assertThat(json.toString())
        .isEqualTo("\"a\\\"b\\\\c/d\\n\\r\\t\\b\\f\\u0000\\u001f\u007f é 😀\"");
  }

  /** UTF-8 cannot carry a lone surrogate: it is written as an escape, a pair as it is. */
  @Test
  void aLoneSurrogateIsEscaped() {
    StringBuilder json = new StringBuilder();
    JsonText.appendString(json, "\ud83d x \ude00 \ud83d\ude00");
    assertThat(json.toString()).isEqualTo("\"\\ud83d x \\ude00 \ud83d\ude00\"");
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
