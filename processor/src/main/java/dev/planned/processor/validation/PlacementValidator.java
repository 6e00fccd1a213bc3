package dev.planned.processor.validation;

import dev.planned.Endpoint;
import dev.planned.Planned;
import dev.planned.processor.report.Message;
import dev.planned.processor.report.Report;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Where Planned's annotations sit: {@code @Endpoint} on an API interface and its methods,
 * {@code @Planned} on an {@code @Endpoint} method or on an API interface with endpoints. Finds a
 * round's API interfaces on the way.
 */
public final class PlacementValidator {
  private PlacementValidator() {}

  /** The API interfaces of the round, in the order javac gives them; misplacements reported. */
  public static Set<TypeElement> apis(RoundEnvironment round, Report report) {
    Set<TypeElement> apis = new LinkedHashSet<>();
    for (Element element : round.getElementsAnnotatedWith(Endpoint.class)) {
      apiOf(element, report).ifPresent(apis::add);
    }
    for (Element element : round.getElementsAnnotatedWith(Planned.class)) {
      checkPlanned(element, report);
    }
    return apis;
  }

  /** The API interface an {@code @Endpoint} element belongs to; empty if it is misplaced. */
  private static Optional<TypeElement> apiOf(Element element, Report report) {
    if (element.getKind() == ElementKind.INTERFACE) {
      return Optional.of((TypeElement) element);
    }
    Element enclosing = element.getEnclosingElement();
    if (element.getKind() == ElementKind.METHOD) {
      if (enclosing.getKind() == ElementKind.INTERFACE) {
        return Optional.of((TypeElement) enclosing);
      }
      report.add(
          element,
          Endpoint.class,
          "value",
          Message.ENDPOINT_ON_CLASS_METHOD,
          element.getSimpleName(),
          enclosing.getSimpleName());
    } else {
      report.add(
          element,
          Endpoint.class,
          "value",
          Message.ENDPOINT_MISPLACED,
          kindName(element),
          element.getSimpleName());
    }
    return Optional.empty();
  }

  /**
   * {@code @Planned} belongs on an {@code @Endpoint} method, or on an API interface, where it plans
   * every endpoint without a plan of its own.
   */
  private static void checkPlanned(Element element, Report report) {
    String name = element.getSimpleName().toString();
    if (element.getKind() == ElementKind.METHOD) {
      if (element.getAnnotation(Endpoint.class) == null) {
        report.add(element, Planned.class, "value", Message.PLANNED_WITHOUT_ENDPOINT, name);
      }
    } else if (element.getKind() != ElementKind.INTERFACE) {
      report.add(
          element, Planned.class, "value", Message.PLANNED_MISPLACED, kindName(element), name);
    } else if (element.getEnclosedElements().stream()
        .noneMatch(member -> member.getAnnotation(Endpoint.class) != null)) {
      report.add(
          element, Planned.class, "value", Message.PLANNED_INTERFACE_WITHOUT_ENDPOINTS, name);
    }
  }

  private static String kindName(Element element) {
    return element.getKind().toString().toLowerCase(Locale.ROOT);
  }
}
