package dev.planned.processor.validation;

import dev.planned.processor.report.Problem;
import java.util.Optional;

/**
 * What parsing a pattern or base path gives: the value, or the problem that stopped it, for the
 * caller to report on the element the text came from.
 */
public record Parsed<T>(Optional<T> value, Optional<Problem> problem) {
  static <T> Parsed<T> of(T value) {
    return new Parsed<>(Optional.of(value), Optional.empty());
  }

  static <T> Parsed<T> failed(Problem problem) {
    return new Parsed<>(Optional.empty(), Optional.of(problem));
  }
}
