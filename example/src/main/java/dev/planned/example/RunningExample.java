package dev.planned.example;

import java.io.PrintStream;

/** The example being served, on whichever server. */
interface RunningExample extends AutoCloseable {
  int port();

  /** The route table, planned endpoints marked. */
  void printRoutes(PrintStream out);

  @Override
  void close();
}
