package dev.planned;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PercentDecodingTest {
  @Test
  void splitsThenDecodesSoThatEncodedSlashesStayInTheirSegment() {
    assertArrayEquals(new String[] {"files", "a/b", "c d"},
        PercentDecoding.pathSegments("/files/a%2Fb/c%20d"));
  }

  @Test
  void rootHasNoSegmentsAndTrailingSlashesAnEmptyOne() {
    assertArrayEquals(new String[0], PercentDecoding.pathSegments("/"));
    assertArrayEquals(new String[] {"a", ""}, PercentDecoding.pathSegments("/a/"));
    assertArrayEquals(new String[] {"", ""}, PercentDecoding.pathSegments("//"));
  }

  @Test
  void decodesMultiByteUtf8AndKeepsPlusInPaths() {
    assertArrayEquals(new String[] {"é€", "a+b"}, PercentDecoding.pathSegments("/%C3%A9%E2%82%AC/a+b"));
  }

  @Test
  void rejectsMalformedEscapesAndInvalidUtf8() {
    assertNull(PercentDecoding.pathSegments("/a/%zz"));
    assertNull(PercentDecoding.pathSegments("/a/%2"));
    assertNull(PercentDecoding.pathSegments("/a/%"));
    assertNull(PercentDecoding.pathSegments("/a/%C3"), "truncated sequence");
    assertNull(PercentDecoding.pathSegments("/a/%FF"), "not UTF-8");
    assertNull(PercentDecoding.pathSegments("a/b"), "not absolute");
  }

  @Test
  void parsesQueryFieldsInOrderWithPlusAsSpace() {
    Map<String, List<String>> fields = PercentDecoding.queryFields("tag=a+b&tag=c%26d&empty=&flag&&x=%C3%A9");

    assertEquals(List.of("tag", "empty", "flag", "x"), List.copyOf(fields.keySet()));
    assertEquals(List.of("a b", "c&d"), fields.get("tag"));
    assertEquals(List.of(""), fields.get("empty"));
    assertEquals(List.of(""), fields.get("flag"));
    assertEquals(List.of("é"), fields.get("x"));
  }

  @Test
  void malformedQueryFieldIsA400NamingIt() {
    HttpException e = assertThrows(HttpException.class, () -> PercentDecoding.queryFields("a=1&b=%G1"));

    assertEquals(400, e.status());
    assertEquals("The query field \"b=%G1\" is not valid percent-encoding.", e.detail());
  }
}
