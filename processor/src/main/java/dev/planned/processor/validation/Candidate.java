package dev.planned.processor.validation;

import dev.planned.processor.model.Parameter;
import dev.planned.processor.model.PathPattern;
import dev.planned.processor.model.Result;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;

/**
 * An endpoint method whose pattern parsed, before routes are compared and plans resolved against
 * the others. Its pattern takes part in those checks even when its signature had errors, in which
 * case its result or parameters are absent.
 */
record Candidate(
    ExecutableElement method,
    PathPattern declared,
    PathPattern pattern,
    Optional<List<Parameter>> parameters,
    Optional<Result> result) {
  String name() {
    return method.getSimpleName() + "()";
  }
}
