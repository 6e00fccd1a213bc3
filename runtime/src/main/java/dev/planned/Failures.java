package dev.planned;

import dev.planned.internal.Answers;
import java.lang.System.Logger.Level;

/**
 * Turns a failure of an endpoint or a filter into its answer: a planned endpoint's 501, a mapped
 * problem, an {@link HttpException}'s status, or a 500 that reveals nothing, logged.
 */
final class Failures {
  private static final System.Logger LOG = System.getLogger("dev.planned");

  private final ErrorMappers mappers;

  /** The API whose requests these are, for the log; null for requests no route answers. */
  private final String api;

  Failures(ErrorMappers mappers, String api) {
    this.mappers = mappers;
    this.api = api;
  }

  Response answer(Throwable failure, Request request) {
    if (failure instanceof NotImplementedException e
        && e.route() != null
        && e.route().isPlanned()) {
      // an endpoint called a planned one: the client learns about that plan
      return PlannedAnswer.of(e.route()).answer(request.path());
    }
    ErrorMapper<?> mapper = mappers.find(failure);
    if (mapper != null) {
      return mapped(mapper, failure, request);
    }
    if (failure instanceof HttpException e) {
      return Answers.of(e, request);
    }
    LOG.log(Level.ERROR, () -> where(request) + " failed for " + request, failure);
    return Answers.internalError(request);
  }

  private Response mapped(ErrorMapper<?> mapper, Throwable failure, Request request) {
    Problem problem;
    try {
      problem = mapper.problemFor(failure);
    } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
      e.addSuppressed(failure);
      LOG.log(
          Level.ERROR,
          () ->
              "The error mapper for "
                  + mapper.type().getName()
                  + " failed while mapping "
                  + failure.getClass().getName()
                  + " for "
                  + request,
          e);
      return Answers.internalError(request);
    }
    if (problem == null) {
      LOG.log(
          Level.ERROR,
          () -> "The error mapper for " + mapper.type().getName() + " returned null for " + request,
          failure);
      return Answers.internalError(request);
    }
    return (problem.instance().isEmpty() ? problem.withRequestPath(request.path()) : problem)
        .toResponse();
  }

  /** The route that failed, or else the API, for the log. */
  private String where(Request request) {
    if (request.route().isPresent()) {
      return request.route().get().pattern();
    }
    return api != null ? api : "A server-wide filter";
  }
}
