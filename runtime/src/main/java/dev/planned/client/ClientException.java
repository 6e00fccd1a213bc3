package dev.planned.client;

/**
 * A call of a generated client that got no usable answer: the server could not be reached, did not
 * answer in time, the calling thread was interrupted, or the answer could not be read as the
 * method's result. An answer with an error status is an {@link dev.planned.HttpException} instead.
 * The {@linkplain #getCause() cause} is what {@code java.net.http} or the codec threw.
 */
public class ClientException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a call failed without an answer to map. */
  public enum Failure {
    /** The connection could not be opened, or broke before the whole answer arrived. */
    CONNECTION,
    /** No answer within the client's timeout (connecting or waiting for the answer). */
    TIMEOUT,
    /** The calling thread was interrupted while it waited; its interrupt flag is set again. */
    INTERRUPTED,
    /**
     * A success answer whose body is not the result type: malformed JSON, or JSON of another shape.
     */
    MALFORMED_ANSWER,
    /** A status the client does not map: a 1xx or 3xx (redirects are not followed by default). */
    UNEXPECTED_STATUS
  }

  private final Failure failure;

  public ClientException(Failure failure, String message, Throwable cause) {
    super(message, cause);
    this.failure = failure;
  }

  public Failure failure() {
    return failure;
  }
}
