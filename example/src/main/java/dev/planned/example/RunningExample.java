package dev.planned.example;

import java.io.PrintStream;

/** The example being served, on whichever server. */
interface RunningExample extends AutoCloseable {
  int port();

  /** Requests begun and not yet answered: what a graceful stop waits for. */
  long requestsInFlight();

  /** The route table, planned endpoints marked. */
  void printRoutes(PrintStream out);

  @Override
  void close();
}
