package dev.planned.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

class DispatcherClassesTest {
  private static String failure(String classNames) {
    return assertThrows(
            ServletException.class,
            () ->
                DispatcherClasses.instantiate(
                    classNames, DispatcherClassesTest.class.getClassLoader()))
        .getMessage();
  }

  @Test
  void saysWhatIsMissing() {
    assertEquals(
        "PlannedServlet needs the dispatchers it serves: pass them to its constructor, or"
            + " name their classes in the init parameter dispatchers, comma-separated.",
        failure(" "));
    assertEquals(
        "No class com.example.Missing (init parameter dispatchers)",
        failure("com.example.Missing"));
    assertEquals("java.lang.String is not a dev.planned.Dispatcher", failure("java.lang.String"));
    assertEquals(
        "java.lang.Integer needs a public no-argument constructor to be named in web.xml;"
            + " otherwise register the servlet in code with new PlannedServlet(...)",
        failure("java.lang.Integer"));
  }
}
