package dev.planned.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planned.HttpException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RawPathTest {
  @Test
  void acceptsAbsolutePathsWhoseEscapesDecodeToUtf8() {
    assertTrue(RawPath.isWellFormed("/"));
    assertTrue(RawPath.isWellFormed("/a//b/"));
    assertTrue(RawPath.isWellFormed("/files/a%2Fb/c%20d"));
    assertTrue(RawPath.isWellFormed("/%C3%A9%E2%82%AC/a+b"));
  }

  @Test
  void refusesMalformedEscapesInvalidUtf8AndRelativePaths() {
    assertFalse(RawPath.isWellFormed("/a/%zz"));
    assertFalse(RawPath.isWellFormed("/a/%2"));
    assertFalse(RawPath.isWellFormed("/a/%"));
    assertFalse(RawPath.isWellFormed("/a/%C3"), "truncated sequence");
    assertFalse(RawPath.isWellFormed("/a/%FF"), "not UTF-8");
    assertFalse(RawPath.isWellFormed("/ok%20/b/%FF/c"), "a bad escape after a good one");
    assertFalse(RawPath.isWellFormed("a/b"), "not absolute");
    assertFalse(RawPath.isWellFormed(""));
  }

  @Test
  void refusesASpaceAControlCharacterOrDelAsIsAndNothingElse() {
    // the characters on both sides of the one comparison that passes '&' to '~' at once
    for (char c = 0; c <= ' '; c++) {
      assertFalse(RawPath.isWellFormed("/a" + c + "b"), "character " + (int) c);
    }
    assertFalse(RawPath.isWellFormed("/a\u007Fb"), "DEL");
    assertFalse(RawPath.isWellFormed("/ok/a b%20c"), "a space before an escape");
    for (String ok : List.of("!", "\"", "#", "$", "&", "'", "~", "\u0080", "é", "€")) {
      assertTrue(RawPath.isWellFormed("/a" + ok + "b"), ok);
    }
  }

  @Test
  void segmentsEndAtTheNextSlashOrTheEnd() {
    String path = "/v1/books/";
    assertEquals(3, RawPath.segmentEnd(path, 0));
    assertEquals(9, RawPath.segmentEnd(path, 3));
    assertEquals(10, RawPath.segmentEnd(path, 9), "the empty segment after a trailing slash");
    assertEquals(10, RawPath.segmentEnd(path, 10), "past the last segment");
    assertEquals(1, RawPath.segmentEnd("/", 0), "the root is one empty segment");
  }

  @Test
  void comparesLiteralsInPlaceAndDecodesOnlyASegmentWithAnEscape() {
    String path = "/v1/b%6Foks/booksx/%FF";
    assertTrue(RawPath.segmentIs(path, 0, 3, "v1"));
    assertFalse(RawPath.segmentIs(path, 0, 3, "v"));
    assertFalse(RawPath.segmentIs(path, 0, 3, "v12"));
    assertTrue(RawPath.segmentIs(path, 3, 11, "books"), "%6F is o");
    assertFalse(RawPath.segmentIs(path, 11, 18, "books"));
    assertFalse(RawPath.segmentIs("/v1", 3, 3, "v1"), "no segment after the last");
  }

  @Test
  void hashesTheDecodedSegmentAsStringDoes() {
    assertEquals("books".hashCode(), RawPath.segmentHash("/books/x", 0, 6));
    assertEquals("books".hashCode(), RawPath.segmentHash("/b%6Fok%73", 0, 10));
    assertEquals("".hashCode(), RawPath.segmentHash("//", 0, 1));
  }

  @Test
  void bindsWildcardValuesDecoded() {
    assertEquals("a/b", RawPath.segment("/files/a%2Fb/c", 1));
    assertEquals("c", RawPath.segment("/files/a%2Fb/c", 2));
    assertEquals("", RawPath.segment("/files/", 1));
    assertEquals("", RawPath.segment("/a//c", 1), "an empty segment between two slashes");
    assertEquals("c", RawPath.segment("/a//c", 2));
    assertEquals("e f", RawPath.segment("/a/b/c/d/e%20f/g", 4), "a deep segment, decoded");
    assertEquals("g", RawPath.segment("/a/b/c/d/e%20f/g", 5));
    assertEquals("a%2Fb/c d/", RawPath.rest("/files/a%252Fb/c%20d/", 1));
    assertEquals("a/b/c", RawPath.rest("/files/a/b/c", 1));
    assertEquals("c/d%", RawPath.rest("/a/b/c/d%25", 2));
    assertEquals("", RawPath.rest("/", 0), "GET /{tail...} binds \"\" for /");
    assertEquals("/", RawPath.rest("/%2F", 0));
  }

  @Test
  void aMalformedValueIsA400() {
    HttpException e = assertThrows(HttpException.class, () -> RawPath.segment("/a/%FF", 1));
    assertEquals(400, e.status());
  }
}
