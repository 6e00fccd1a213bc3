package dev.planned.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planned.internal.RouteOverlap.Relation;
import org.junit.jupiter.api.Test;

/**
 * The rule's corners; Go's own tables run against it in the processor's {@code GoTablesTest}, and
 * the processor's property test holds it to a model of Go's rules.
 */
class RouteOverlapTest {
  private static void relation(String a, String b, Relation expected, Relation inverse) {
    assertEquals(expected, RouteOverlap.comparePaths(a, b), a + " vs " + b);
    assertEquals(inverse, RouteOverlap.comparePaths(b, a), b + " vs " + a);
  }

  @Test
  void literals() {
    relation("/v1/books", "/v1/books", Relation.EQUIVALENT, Relation.EQUIVALENT);
    relation("/v1/books", "/v1/authors", Relation.DISJOINT, Relation.DISJOINT);
    relation("/v1/books", "/v1/books/1", Relation.DISJOINT, Relation.DISJOINT);
    relation("/", "/v1", Relation.DISJOINT, Relation.DISJOINT);
  }

  @Test
  void wildcardsMatchOneNonEmptySegment() {
    relation("/v1/books/new", "/v1/books/{isbn}", Relation.MORE_SPECIFIC, Relation.MORE_GENERAL);
    relation("/v1/{section}/new", "/v1/books/{isbn}", Relation.CONFLICT, Relation.CONFLICT);
    relation("/v1/{section}", "/v1/books/new", Relation.DISJOINT, Relation.DISJOINT);
  }

  @Test
  void aRestMatchesOneOrMoreSegments() {
    relation("/files/a/b/c", "/files/{path...}", Relation.MORE_SPECIFIC, Relation.MORE_GENERAL);
    relation("/files/{name}", "/files/{path...}", Relation.MORE_SPECIFIC, Relation.MORE_GENERAL);
    relation("/files/{path...}", "/{any}/x/y", Relation.CONFLICT, Relation.CONFLICT);
    relation("/files/{a...}", "/files/{b...}", Relation.EQUIVALENT, Relation.EQUIVALENT);
    relation("/files/{path...}", "/files", Relation.DISJOINT, Relation.DISJOINT);
  }

  @Test
  void aRestAtTheRootMatchesTheRootToo() {
    relation("/", "/{tail...}", Relation.MORE_SPECIFIC, Relation.MORE_GENERAL);
    relation("/v1", "/v1/{tail...}", Relation.DISJOINT, Relation.DISJOINT);
    assertEquals("/", RouteOverlap.sharedPath("/", "/{tail...}"));
  }

  @Test
  void getServesHeadSoItConflictsWithALessSpecificHead() {
    assertTrue(RouteOverlap.conflict("GET", "/b/b", "HEAD", "/b/{x}"));
    assertTrue(RouteOverlap.conflict("HEAD", "/{x}", "GET", "/books"));
    assertFalse(RouteOverlap.conflict("GET", "/b/{x}", "HEAD", "/b/b"));
    assertFalse(RouteOverlap.conflict("GET", "/c", "HEAD", "/c"));
    assertFalse(RouteOverlap.conflict("GET", "/b/b", "POST", "/b/{x}"));
  }

  @Test
  void acrossApisOneMethodConflictsOnAnySharedPath() {
    // a router asks the APIs in turn: the more specific route of the later one would never answer
    assertTrue(RouteOverlap.conflictAcrossApis("GET", "/books/new", "GET", "/books/{isbn}"));
    assertFalse(RouteOverlap.conflictAcrossApis("GET", "/books/new", "PUT", "/books/{isbn}"));
    assertTrue(RouteOverlap.conflictAcrossApis("GET", "/books/new", "HEAD", "/books/{isbn}"));
    assertFalse(RouteOverlap.conflictAcrossApis("GET", "/books/{isbn}", "HEAD", "/books/{x}"));
  }
}
