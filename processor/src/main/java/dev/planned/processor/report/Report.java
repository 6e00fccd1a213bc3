package dev.planned.processor.report;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * What a check found, collected before anything is printed: a check adds to a report and goes on,
 * so that one compilation shows every problem of an interface; the step that ran it prints the
 * report ({@link #printTo}) and builds on the result only when the report {@link #isClean}. No
 * check returns null "after reporting", and none throws to say that something is wrong.
 */
public final class Report {
  private final List<Entry> entries = new ArrayList<>();

  /** A message on the element itself. */
  public void add(Element element, Message message, Object... arguments) {
    entries.add(new Entry(message, arguments, element, null, null, null));
  }

  /**
   * A message on a member of an annotation of the element (so that IDEs underline the value), or on
   * the annotation, or the element, when the member or the annotation is not written.
   */
  public void add(
      Element element,
      Class<? extends Annotation> annotation,
      String member,
      Message message,
      Object... arguments) {
    entries.add(new Entry(message, arguments, element, annotation, member, null));
  }

  /**
   * A message about two elements, such as routes of two APIs that overlap: printed on the first,
   * and a warning is silenced by {@code @SuppressWarnings("planned")} around either.
   */
  public void addAbout(
      Element element,
      Element other,
      Class<? extends Annotation> annotation,
      String member,
      Message message,
      Object... arguments) {
    entries.add(new Entry(message, arguments, element, annotation, member, other));
  }

  /** A problem that is already worded, such as a parse failure, on an annotation member. */
  public void add(
      Element element, Class<? extends Annotation> annotation, String member, Problem problem) {
    add(element, annotation, member, problem.message(), problem.arguments());
  }

  /** Whether the report holds no error: what it checked can be built on. */
  public boolean isClean() {
    return entries.stream().noneMatch(entry -> entry.message().kind() == Diagnostic.Kind.ERROR);
  }

  /** Prints every message, in the order found. */
  public void printTo(Diagnostics diagnostics) {
    entries.forEach(diagnostics::print);
  }

  /** One message of a report and where it points. */
  record Entry(
      Message message,
      Object[] arguments,
      Element element,
      Class<? extends Annotation> annotation,
      String member,
      Element other) {
    String text() {
      return message.render(arguments);
    }
  }
}
