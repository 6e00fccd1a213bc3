package dev.planned;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Answers HTTP requests for one API (or, as a {@link Router}, several). The processor generates one
 * for every API interface: {@code LibraryApi} gets an abstract {@code LibraryApiDispatcher}.
 */
public interface Dispatcher {
  /**
   * Answers a request: the endpoint's response, or an RFC 9457 problem (400, 404, 405, 500, 501).
   * Never throws.
   */
  Response dispatch(Request request);

  /**
   * Answers a request without holding the calling thread while an endpoint that returns a {@code
   * CompletionStage} completes. Server adapters call this; the stage completes with the answer,
   * never exceptionally. By default the answer of {@link #dispatch}, already complete.
   */
  default CompletionStage<Response> dispatchAsync(Request request) {
    return CompletableFuture.completedFuture(dispatch(request));
  }

  /** Every endpoint, planned ones included, in declaration order. */
  List<Route> routes();
}
