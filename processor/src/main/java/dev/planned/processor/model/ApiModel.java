package dev.planned.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * An API interface, checked and ready to be written as a dispatcher.
 *
 * @param element the interface: the generated file's originating element
 * @param dispatcher the name of the class to generate
 * @param isPublic whether the interface, and so the dispatcher, is public
 * @param endpoints in declaration order; their index is the route index in the generated code
 */
public record ApiModel(
    TypeElement element, ClassName dispatcher, boolean isPublic, List<EndpointModel> endpoints) {
  public ApiModel {
    endpoints = List.copyOf(endpoints);
  }

  public ClassName api() {
    return ClassName.get(element);
  }

  /** Whether an implemented endpoint reads or writes JSON, so the dispatcher needs a codec. */
  public boolean needsJson() {
    return endpoints.stream().filter(e -> !e.isPlanned()).anyMatch(EndpointModel::usesJson);
  }
}
