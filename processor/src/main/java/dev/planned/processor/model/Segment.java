package dev.planned.processor.model;

/** One segment of a path pattern. */
public sealed interface Segment {
  /** Matches exactly this text, compared with the percent-decoded request segment. */
  record Literal(String text) implements Segment {
    @Override
    public String toString() {
      return text;
    }
  }

  /** {@code {name}}: matches one non-empty segment and binds it to the parameter {@code name}. */
  record Wildcard(String name) implements Segment {
    @Override
    public String toString() {
      return "{" + name + "}";
    }
  }

  /** {@code {name...}}, always last: matches the rest of the path, one or more segments. */
  record Rest(String name) implements Segment {
    @Override
    public String toString() {
      return "{" + name + "...}";
    }
  }
}
