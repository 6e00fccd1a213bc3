package dev.planned.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A parsed {@code "METHOD /path"} pattern. The root path {@code /} has no segments.
 *
 * @param method the upper-case method token
 * @param segments the path's segments, a {@link Segment.Rest} only last
 */
public record PathPattern(String method, List<Segment> segments) {
  public PathPattern {
    segments = List.copyOf(segments);
  }

  /** The same pattern below a base path's literal segments. */
  public PathPattern under(List<Segment> base) {
    List<Segment> all = new ArrayList<>(base);
    all.addAll(segments);
    return new PathPattern(method, all);
  }

  /** The path as written: {@code /v1/books/{isbn}}, or {@code /} for the root. */
  public String path() {
    return segments.isEmpty()
        ? "/"
        : segments.stream().map(Segment::toString).collect(Collectors.joining("/", "/", ""));
  }

  /** {@code GET /v1/books/{isbn}}. */
  @Override
  public String toString() {
    return method + " " + path();
  }
}
