package dev.planned.bench;

/**
 * A router under test, routing the GitHub table. {@link #route(int)} takes request {@code i} of the
 * table from inputs prepared once, as the benchmarks do; every endpoint records itself in the
 * contender's {@link Hits}.
 */
public interface Contender {
  String name();

  /** Routes the request for route {@code i} of the table and returns the contender's response. */
  Object route(int i);

  /** Routes any request, for the checks: the response, whose status {@link #status} reads. */
  Object route(String method, String path);

  int status(Object response);

  Hits hits();
}
