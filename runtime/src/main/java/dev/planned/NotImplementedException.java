package dev.planned;

/**
 * Thrown by the generated implementation of a {@link Planned} endpoint when Java code calls it
 * directly. Over HTTP a planned endpoint is answered with 501 without calling the method; if an
 * implemented endpoint calls a planned one and lets this escape, the client gets the same 501.
 */
public class NotImplementedException extends HttpException {
  private static final long serialVersionUID = 1L;

  private final transient Route route;
  private final Plan plan;

  /** For the planned {@code route}, whose plan supplies the detail. */
  public NotImplementedException(Route route) {
    super(501, detailOf(route));
    this.route = route;
    this.plan = route.plan().orElse(new Plan("", "", "", ""));
  }

  /**
   * For a 501 a server answered with, as a generated client receives it: the plan is read from the
   * problem's {@code detail} and its {@code release}, {@code link} and {@code alternative} members,
   * each empty where the server left it out.
   *
   * @param problem a problem with status 501
   */
  public NotImplementedException(Problem problem) {
    super(problem);
    this.route = null;
    var members = problem.extensions();
    this.plan =
        new Plan(
            problem.detail(),
            members.get("release"),
            members.get("link"),
            members.get("alternative"));
  }

  /**
   * The planned route that was called; null for an exception a client received over HTTP, whose
   * route is the problem's {@code route} member (see {@link #toProblem()}).
   */
  public Route route() {
    return route;
  }

  /**
   * What the endpoint's plan says: message, release, link and alternative (each empty when not
   * given). Over HTTP, the server's plan as it answered, which may be newer than the client's.
   */
  public Plan plan() {
    return plan;
  }

  static String detailOf(Route route) {
    String message = route.plan().map(Plan::message).orElse("");
    return message.isEmpty() ? route.pattern() + " is planned but not implemented yet." : message;
  }
}
