package dev.planned;

/**
 * Thrown by the generated implementation of a {@link Planned} endpoint when Java code calls it
 * directly. Over HTTP a planned endpoint is answered with 501 without calling the method; if an
 * implemented endpoint calls a planned one and lets this escape, the client gets the same 501.
 */
public class NotImplementedException extends HttpException {
  private static final long serialVersionUID = 1L;

  private final transient Route route;

  /** For the planned {@code route}, whose plan supplies the detail. */
  public NotImplementedException(Route route) {
    super(501, detailOf(route));
    this.route = route;
  }

  /** The planned route that was called. */
  public Route route() {
    return route;
  }

  static String detailOf(Route route) {
    String message = route.plan().map(Plan::message).orElse("");
    return message.isEmpty() ? route.pattern() + " is planned but not implemented yet." : message;
  }
}
