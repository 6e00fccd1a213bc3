package dev.planned.processor.model;

/** How the dispatcher supplies one argument of an endpoint method. */
public sealed interface Parameter {
  /** The decoded path segment at {@code index}, or with {@code rest}, the segments from there on. */
  record PathValue(String name, int index, boolean rest) implements Parameter {}

  /** The {@code dev.planned.Request} itself. */
  record WholeRequest() implements Parameter {}
}
