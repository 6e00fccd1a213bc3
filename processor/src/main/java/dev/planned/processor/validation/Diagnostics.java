package dev.planned.processor.validation;

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
 * Reports errors on the exact element, and where possible on the annotation value, so that IDEs
 * underline the right token. Counts them, so that a validator can go on and report every error of
 * an interface in one compilation.
 */
public final class Diagnostics {
  /** What {@code @SuppressWarnings} names to silence Planned's warnings. */
  public static final String SUPPRESSION = "planned";

  private final Messager messager;
  private int errors;

  public Diagnostics(Messager messager) {
    this.messager = messager;
  }

  public void error(Element element, String message) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message, element);
  }

  /** An error on a member of an annotation of the element, or on the annotation if it is absent. */
  public void error(Element element, Class<? extends Annotation> annotation, String member,
      String message) {
    errors++;
    print(Diagnostic.Kind.ERROR, element, annotation, member, message);
  }

  /**
   * Something that compiles but is probably wrong; a user's {@code -Werror} makes it fail. Left
   * out where the element or one around it says {@code @SuppressWarnings("planned")}: a user who
   * means it must be able to keep a warning-free build.
   */
  public void warning(Element element, Class<? extends Annotation> annotation, String member,
      String message) {
    if (!isSuppressed(element)) {
      print(Diagnostic.Kind.WARNING, element, annotation, member, message);
    }
  }

  /**
   * A warning about two elements, such as routes of two APIs that overlap: reported on the first,
   * and silenced by {@code @SuppressWarnings("planned")} around either, since the user may mark
   * whichever side they consider the exception.
   */
  public void warning(Element element, Element other, Class<? extends Annotation> annotation,
      String member, String message) {
    if (!isSuppressed(other)) {
      warning(element, annotation, member, message);
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

  public void note(Element element, String message) {
    messager.printMessage(Diagnostic.Kind.NOTE, message, element);
  }

  private void print(Diagnostic.Kind kind, Element element,
      Class<? extends Annotation> annotation, String member, String message) {
    AnnotationMirror mirror = mirror(element, annotation);
    AnnotationValue value = mirror == null ? null : value(mirror, member);
    if (mirror == null) {
      messager.printMessage(kind, message, element);
    } else if (value == null) {
      messager.printMessage(kind, message, element, mirror);
    } else {
      messager.printMessage(kind, message, element, mirror, value);
    }
  }

  public int errorCount() {
    return errors;
  }

  static AnnotationMirror mirror(Element element, Class<? extends Annotation> annotation) {
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
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return entry.getValue();
      }
    }
    return null;
  }
}
