package dev.planned.processor.model;

/** How many values a query or header parameter takes, and what absence means. */
public enum Shape {
  /** One value; absent is a 400, unless there is a default. */
  REQUIRED,
  /** {@code Optional<T>}: absent is empty. */
  OPTIONAL,
  OPTIONAL_INT,
  OPTIONAL_LONG,
  OPTIONAL_DOUBLE,
  /** {@code List<T>}: every value, in order; absent is an empty list. */
  LIST
}
