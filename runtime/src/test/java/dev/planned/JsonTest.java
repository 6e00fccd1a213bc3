package dev.planned;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void escapesWhatJsonRequires() {
    assertEquals("\"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\"", Json.quote("a\"b\\c\nd\re\tf\bg\fh"));
  }

  @Test
  void escapesOtherControlCharactersAsUnicode() {
    assertEquals("\"\\u0000\\u001f\\u007f\"", Json.quote("\u0000\u001f\u007f"));
  }

  @Test
  void keepsNonAsciiAndSurrogatePairs() {
    assertEquals("\"é中\uD83D\uDE00\"", Json.quote("é中\uD83D\uDE00"));
  }

  @Test
  void escapesLoneSurrogates() {
    assertEquals("\"a\\ud83db\\ude00\"", Json.quote("a\uD83Db\uDE00"));
  }

  @Test
  void leavesSlashesAndHtmlAlone() {
    assertEquals("\"</a> & /b\"", Json.quote("</a> & /b"));
  }
}
