package dev.planned;

import dev.planned.internal.Answers;
import dev.planned.internal.Completions;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/** Runs a request through filters to the answer at their end, mapping every failure on the way. */
final class Chain {
  private static final System.Logger LOG = System.getLogger("dev.planned");

  private Chain() {}

  /**
   * The answer of {@code filters} from {@code index} on, then of {@code end}; never fails.
   *
   * @param end the answer at the end of the chain: the endpoint's, or one the router decided; it
   *     never fails
   */
  static CompletionStage<Response> run(
      List<Filter> filters,
      int index,
      Request request,
      Function<Request, CompletionStage<Response>> end,
      Failures failures) {
    if (index == filters.size()) {
      return end.apply(request);
    }
    Filter filter = filters.get(index);
    Filter.Next next =
        passed ->
            run(
                filters,
                index + 1,
                Objects.requireNonNull(passed, "the request passed to next"),
                end,
                failures);
    CompletionStage<Response> answer;
    try {
      answer = filter.filter(request, next);
    } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
      return CompletableFuture.completedFuture(failures.answer(e, request));
    }
    if (answer == null) {
      return CompletableFuture.completedFuture(nullAnswer(filter, request));
    }
    return answer.handle(
        (response, failure) -> {
          if (failure != null) {
            return failures.answer(Completions.cause(failure), request);
          }
          return response != null ? response : nullAnswer(filter, request);
        });
  }

  private static Response nullAnswer(Filter filter, Request request) {
    LOG.log(
        Level.ERROR,
        () -> "The filter " + filter.getClass().getName() + " answered null for " + request);
    return Answers.internalError(request);
  }
}
