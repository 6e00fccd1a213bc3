package dev.planned.processor.report;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The one way Planned's messages reach the {@link Messager}: on the exact element, and where
 * possible on the annotation value, so that IDEs underline the right token. A warning is left out
 * where the element or one around it says {@code @SuppressWarnings("planned")}: a user who means it
 * must be able to keep a warning-free build.
 */
public final class Diagnostics {
  /** What {@code @SuppressWarnings} names to silence Planned's warnings. */
  public static final String SUPPRESSION = "planned";

  private final Messager messager;

  public Diagnostics(Messager messager) {
    this.messager = messager;
  }

  /** A message about the compilation as a whole, such as an option. */
  public void print(Message message, Object... arguments) {
    messager.printMessage(message.kind(), message.render(arguments));
  }

  /** A message on an element, outside any check's report (writing, deferral, the summary). */
  public void print(Element element, Message message, Object... arguments) {
    print(new Report.Entry(message, arguments, element, null, null, null));
  }

  void print(Report.Entry entry) {
    Diagnostic.Kind kind = entry.message().kind();
    boolean suppressed =
        isSuppressed(entry.element()) || entry.other() != null && isSuppressed(entry.other());
    if (kind == Diagnostic.Kind.WARNING && suppressed) {
      return;
    }
    Element element = entry.element();
    AnnotationMirror mirror =
        entry.annotation() == null ? null : mirror(element, entry.annotation());
    AnnotationValue value = mirror == null ? null : value(mirror, entry.member());
    if (mirror == null) {
      messager.printMessage(kind, entry.text(), element);
    } else if (value == null) {
      messager.printMessage(kind, entry.text(), element, mirror);
    } else {
      messager.printMessage(kind, entry.text(), element, mirror, value);
    }
  }

  private static boolean isSuppressed(Element element) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppressed = e.getAnnotation(SuppressWarnings.class);
      if (suppressed != null && Arrays.asList(suppressed.value()).contains(SUPPRESSION)) {
        return true;
      }
    }
    return false;
  }

  private static AnnotationMirror mirror(Element element, Class<? extends Annotation> annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotation.getCanonicalName())) {
        return mirror;
      }
    }
    return null;
  }

  /** The value written for a member, or null if the member takes its default. */
  private static AnnotationValue value(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return entry.getValue();
      }
    }
    return null;
  }
}
