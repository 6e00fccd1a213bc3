package dev.planned.internal;

import dev.planned.HttpException;
import dev.planned.Problem;
import dev.planned.Request;
import dev.planned.Response;

/** Answers the runtime gives in more than one place, written once. */
public final class Answers {
  private Answers() {}

  /**
   * The 500 for a failure that is not the client's: it reveals nothing of the failure, which the
   * caller logs. The router gives it when an endpoint fails, and the server adapters when a
   * dispatcher that is not generated does.
   */
  public static Response internalError(Request request) {
    return Problem.of(500)
        .withDetail("The server failed to answer the request.")
        .withRequestPath(request.path())
        .toResponse();
  }

  /** The problem an {@link HttpException} stands for, about this request's path. */
  public static Response of(HttpException e, Request request) {
    return e.toProblem().withRequestPath(request.path()).toResponse();
  }
}
