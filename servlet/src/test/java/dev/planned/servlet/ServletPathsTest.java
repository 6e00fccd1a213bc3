package dev.planned.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ServletPathsTest {
  @Test
  void skipsWholeRawSegments() {
    assertEquals("/v1/books/1", ServletPaths.skipSegments("/shop/api/v1/books/1", 2));
    assertEquals("/v1/a%2Fb", ServletPaths.skipSegments("/caf%C3%A9/v1/a%2Fb", 1));
    assertEquals("/v1", ServletPaths.skipSegments("/v1", 0));
    assertEquals("/", ServletPaths.skipSegments("/shop/api", 2), "the prefix alone is the root");
    assertEquals("/", ServletPaths.skipSegments("/shop/api/", 2));
  }

  @Test
  void findsDotSegmentsPlainOrEncoded() {
    assertTrue(ServletPaths.hasDotSegment("/a/../b"));
    assertTrue(ServletPaths.hasDotSegment("/a/./b"));
    assertTrue(ServletPaths.hasDotSegment("/a/%2E%2e"));
    assertTrue(ServletPaths.hasDotSegment("/a/.%2E/b"));
    assertFalse(ServletPaths.hasDotSegment("/a/..b/c.txt"));
    assertFalse(ServletPaths.hasDotSegment("/v1/books/978-0"));
  }
}
