package dev.planned;

import java.util.List;

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

  /** Every endpoint, planned ones included, in declaration order. */
  List<Route> routes();
}
