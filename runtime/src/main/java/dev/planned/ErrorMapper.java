package dev.planned;

import java.util.Objects;
import java.util.function.Function;

/**
 * Maps one exception type, and its subtypes, to a problem answer:
 *
 * <pre>{@code
 * ErrorMapper.of(UserNotFound.class, e -> Problem.of(404).withDetail("No user " + e.id()))
 * }</pre>
 *
 * <p>Applies to exceptions thrown by endpoints and filters, and to stages of theirs that fail.
 * Where several mappers match, the one for the most specific type answers; between an API's mappers
 * ({@link ApiDispatcher#errorMappers()}) and the server's ({@link Router.Builder}) for the same
 * type, the API's. An exception no mapper matches keeps its usual answer: an {@link HttpException}
 * its status, anything else a 500 that reveals nothing, logged. A mapper that throws, or returns
 * null, answers 500, logged. The problem's {@code instance} is the request path unless the mapper
 * set one.
 *
 * @param <E> the exception type
 */
public final class ErrorMapper<E extends Throwable> {
  private final Class<E> type;
  private final Function<? super E, Problem> toProblem;

  private ErrorMapper(Class<E> type, Function<? super E, Problem> toProblem) {
    this.type = type;
    this.toProblem = toProblem;
  }

  /** A mapper of {@code type} and its subtypes to the problem {@code toProblem} makes. */
  public static <E extends Throwable> ErrorMapper<E> of(
      Class<E> type, Function<? super E, Problem> toProblem) {
    return new ErrorMapper<>(
        Objects.requireNonNull(type, "type"), Objects.requireNonNull(toProblem, "toProblem"));
  }

  public Class<E> type() {
    return type;
  }

  /** The problem for an exception of this mapper's type; throws whatever the function throws. */
  Problem problemFor(Throwable failure) {
    return toProblem.apply(type.cast(failure));
  }

  @Override
  public String toString() {
    return "ErrorMapper[" + type.getName() + "]";
  }
}
