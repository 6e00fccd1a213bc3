package dev.planned;

/**
 * Thrown by an endpoint to answer with an error status: the dispatcher turns it into an RFC 9457
 * problem with this status and detail. Use it for answers the client should see (404 for an unknown
 * book, 409 for a conflict); any other exception becomes a 500 that reveals nothing.
 */
public class HttpException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String detail;

  /** The problem a server answered with, when a client received this exception; else null. */
  private final Problem problem;

  /**
   * @param status an error status, 400 to 599
   * @param detail what went wrong, for the client: it is sent as the problem's detail
   */
  public HttpException(int status, String detail) {
    super(message(status, detail));
    this.status = status;
    this.detail = detail == null ? "" : detail;
    this.problem = null;
  }

  /**
   * For a problem a server answered with, as a generated client receives it: the status, the detail
   * and every other member (type, title, instance, extensions) are the problem's.
   *
   * @param problem a problem with an error status, 400 to 599
   */
  public HttpException(Problem problem) {
    super(message(problem.status(), problem.detail()));
    this.status = problem.status();
    this.detail = problem.detail();
    this.problem = problem;
  }

  public int status() {
    return status;
  }

  /** What the client is told; may be empty. */
  public String detail() {
    return detail;
  }

  /**
   * The problem this exception answers with, before the request's path is filled in; for one a
   * client received, the server's problem with all its members.
   */
  public Problem toProblem() {
    return problem != null ? problem : Problem.of(status).withDetail(detail);
  }

  private static String message(int status, String detail) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException(
          "An HttpException needs a status from 400 to 599, not " + status);
    }
    String reason = status + " " + Http.reason(status);
    return detail == null || detail.isEmpty() ? reason : reason + ": " + detail;
  }
}
