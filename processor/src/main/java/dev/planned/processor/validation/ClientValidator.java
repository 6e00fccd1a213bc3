package dev.planned.processor.validation;

import dev.planned.Client;
import dev.planned.Endpoint;
import dev.planned.processor.model.ApiModel;
import dev.planned.processor.model.EndpointModel;
import dev.planned.processor.model.Parameter;
import dev.planned.processor.report.Message;
import dev.planned.processor.report.Report;
import java.util.Locale;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;

/**
 * Checks what a typed client needs beyond what the dispatcher does: where {@code @Client} sits, and
 * that every endpoint's parameters are values a client can send.
 */
public final class ClientValidator {
  private ClientValidator() {}

  /** Whether the API asks for a client. */
  public static boolean wanted(ApiModel api) {
    return api.element().getAnnotation(Client.class) != null;
  }

  /** {@code @Client} on anything but an API interface. */
  public static void checkPlacement(RoundEnvironment round, Report report) {
    for (Element element : round.getElementsAnnotatedWith(Client.class)) {
      boolean isApi =
          element.getKind() == ElementKind.INTERFACE
              && element.getEnclosedElements().stream()
                  .anyMatch(member -> member.getAnnotation(Endpoint.class) != null);
      if (!isApi) {
        String kind =
            element.getKind() == ElementKind.INTERFACE
                ? "interface"
                : element.getKind().toString().toLowerCase(Locale.ROOT);
        report.add(
            element,
            Client.class,
            "value",
            Message.CLIENT_MISPLACED,
            element.getKind() == ElementKind.INTERFACE ? "interface without endpoints" : kind,
            element.getSimpleName());
      }
    }
  }

  /** Every parameter the client cannot send, each at its element. */
  public static Report check(ApiModel api) {
    Report report = new Report();
    for (EndpointModel endpoint : api.endpoints()) {
      for (Parameter parameter : endpoint.parameters()) {
        if (parameter instanceof Parameter.WholeRequest) {
          VariableElement element =
              endpoint.method().getParameters().stream()
                  .filter(p -> p.getSimpleName().contentEquals(parameter.javaName()))
                  .findFirst()
                  .orElseThrow();
          report.add(
              element,
              Message.CLIENT_CANNOT_SEND_REQUEST,
              parameter.javaName(),
              endpoint.methodName() + "()",
              api.element().getSimpleName());
        }
      }
    }
    return report;
  }
}
