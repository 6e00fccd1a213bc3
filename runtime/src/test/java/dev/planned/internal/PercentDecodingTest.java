package dev.planned.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.planned.HttpException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PercentDecodingTest {
  @Test
  void decodesASegmentKeepingPlusAndEncodedSlashes() {
    assertEquals("a/b c+d", PercentDecoding.segment("/x/a%2Fb%20c+d/y", 3, 14));
    assertEquals("é€", PercentDecoding.segment("/%C3%A9%E2%82%AC", 1, 16));
  }

  @Test
  void rejectsMalformedEscapesAndInvalidUtf8InASegment() {
    assertNull(PercentDecoding.segment("/a/%zz", 3, 6));
    assertNull(PercentDecoding.segment("/a/%2", 3, 5));
    assertNull(PercentDecoding.segment("/a/%", 3, 4));
    assertNull(PercentDecoding.segment("/a/%C3", 3, 6), "truncated sequence");
    assertNull(PercentDecoding.segment("/a/%FF", 3, 6), "not UTF-8");
  }

  @Test
  void parsesQueryFieldsInOrderWithPlusAsSpace() {
    Map<String, List<String>> fields =
        PercentDecoding.queryFields("tag=a+b&tag=c%26d&empty=&flag&&x=%C3%A9");

    assertEquals(List.of("tag", "empty", "flag", "x"), List.copyOf(fields.keySet()));
    assertEquals(List.of("a b", "c&d"), fields.get("tag"));
    assertEquals(List.of(""), fields.get("empty"));
    assertEquals(List.of(""), fields.get("flag"));
    assertEquals(List.of("é"), fields.get("x"));
  }

  @Test
  void malformedQueryFieldIsA400NamingIt() {
    HttpException e =
        assertThrows(HttpException.class, () -> PercentDecoding.queryFields("a=1&b=%G1"));

    assertEquals(400, e.status());
    assertEquals("The query field \"b=%G1\" is not valid percent-encoding.", e.detail());
  }
}
