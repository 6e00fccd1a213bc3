package dev.planned;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RoutePatternsTest {
  private static void overlap(String a, String b) {
    assertTrue(RoutePatterns.overlap(a, b), a + " and " + b + " share a path");
    assertTrue(RoutePatterns.overlap(b, a), b + " and " + a + " share a path");
  }

  private static void apart(String a, String b) {
    assertFalse(RoutePatterns.overlap(a, b), a + " and " + b + " share no path");
    assertFalse(RoutePatterns.overlap(b, a), b + " and " + a + " share no path");
  }

  @Test
  void literals() {
    overlap("/v1/books", "/v1/books");
    apart("/v1/books", "/v1/authors");
    apart("/v1/books", "/v1/books/1");
    overlap("/", "/");
    apart("/", "/v1");
  }

  @Test
  void wildcardsMatchOneNonEmptySegment() {
    overlap("/v1/books/{isbn}", "/v1/books/new");
    overlap("/v1/{section}/new", "/v1/books/{isbn}");
    apart("/v1/{section}", "/v1/books/new");
    apart("/v1/{x}/c", "/v1/a/b");
  }

  @Test
  void aRestMatchesOneOrMoreSegments() {
    overlap("/files/{path...}", "/files/a/b/c");
    overlap("/files/{path...}", "/files/{name}");
    overlap("/files/{path...}", "/{any}/x/y");
    overlap("/files/{a...}", "/files/{b...}");
    apart("/files/{path...}", "/files");
    apart("/files/{path...}", "/images/a");
  }
}
