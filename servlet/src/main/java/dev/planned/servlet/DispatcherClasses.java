package dev.planned.servlet;

import dev.planned.Dispatcher;
import dev.planned.spi.Exchanges;
import jakarta.servlet.ServletException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

/** Builds the dispatchers that a {@code web.xml} init parameter names. */
final class DispatcherClasses {
  private DispatcherClasses() {}

  static Dispatcher instantiate(String classNames, ClassLoader loader) throws ServletException {
    if (classNames == null || classNames.isBlank()) {
      throw new ServletException(
          "PlannedServlet needs the dispatchers it serves: pass them to its"
              + " constructor, or name their classes in the init parameter "
              + PlannedServlet.DISPATCHERS_PARAMETER
              + ", comma-separated.");
    }
    List<Dispatcher> dispatchers = new ArrayList<>();
    for (String name : classNames.split(",")) {
      dispatchers.add(instantiateOne(name.strip(), loader));
    }
    try {
      return Exchanges.serving(dispatchers.toArray(Dispatcher[]::new));
    } catch (IllegalArgumentException e) {
      throw new ServletException(e.getMessage(), e);
    }
  }

  private static Dispatcher instantiateOne(String name, ClassLoader loader)
      throws ServletException {
    Object instance;
    try {
      instance = Class.forName(name, true, loader).getConstructor().newInstance();
    } catch (ClassNotFoundException e) {
      throw new ServletException(
          "No class " + name + " (init parameter " + PlannedServlet.DISPATCHERS_PARAMETER + ")", e);
    } catch (NoSuchMethodException | IllegalAccessException | InstantiationException e) {
      throw new ServletException(
          name
              + " needs a public no-argument constructor to be named in"
              + " web.xml; otherwise register the servlet in code with new PlannedServlet(...)",
          e);
    } catch (InvocationTargetException e) {
      throw new ServletException("The constructor of " + name + " failed", e.getCause());
    }
    if (!(instance instanceof Dispatcher dispatcher)) {
      throw new ServletException(name + " is not a dev.planned.Dispatcher");
    }
    return dispatcher;
  }
}
