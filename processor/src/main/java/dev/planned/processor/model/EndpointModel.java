package dev.planned.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;

/**
 * One {@code @Endpoint} method, checked.
 *
 * @param method the interface method, which planned endpoints override
 * @param pattern the full pattern, base path included
 * @param parameters how each argument is supplied, in the method's order
 * @param plan present when the endpoint is planned
 */
public record EndpointModel(
    ExecutableElement method,
    PathPattern pattern,
    List<Parameter> parameters,
    Result result,
    Optional<PlanModel> plan) {
  public EndpointModel {
    parameters = List.copyOf(parameters);
  }

  public String methodName() {
    return method.getSimpleName().toString();
  }

  public boolean isPlanned() {
    return plan.isPresent();
  }

  public boolean usesJson() {
    return result.kind() == Result.Kind.JSON
        || parameters.stream()
            .anyMatch(
                p ->
                    p instanceof Parameter.BodyValue body
                        && body.kind() == Parameter.BodyKind.JSON);
  }
}
