package dev.planned.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one JSON string escaping, of the runtime's problems and the processor's documents. */
class JsonStringsTest {
  @Test
  void escapesWhatJsonRequires() {
    assertEquals(
        "\"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\"", JsonStrings.quote("a\"b\\c\nd\re\tf\bg\fh"));
  }

  @Test
  void escapesOtherControlCharactersAndDelAsUnicode() {
    assertEquals("\"\\u0000\\u001f\\u007f\"", JsonStrings.quote("\u0000\u001f\u007f"));
  }

  @Test
  void keepsNonAsciiAndSurrogatePairs() {
    assertEquals("\"é中\uD83D\uDE00\"", JsonStrings.quote("é中\uD83D\uDE00"));
  }

  @Test
  void escapesLoneSurrogates() {
    assertEquals("\"a\\ud83db\\ude00\"", JsonStrings.quote("a\uD83Db\uDE00"));
  }

  @Test
  void leavesSlashesAndHtmlAlone() {
    assertEquals("\"</a> & /b\"", JsonStrings.quote("</a> & /b"));
  }
}
