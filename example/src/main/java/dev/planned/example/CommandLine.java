package dev.planned.example;

import java.net.BindException;

/**
 * What both servers' {@code main} methods share: the port argument, and a message a person can act
 * on when the example cannot start (the port is taken, or is no port), instead of a stack trace.
 */
final class CommandLine {
  static final int DEFAULT_PORT = 8080;

  /** The exit status when the example cannot start. */
  static final int CANNOT_START = 2;

  /** Starts one of the servers on a port (0: a free one). */
  interface Starter<T extends RunningExample> {
    T start(int port) throws Exception;
  }

  private CommandLine() {}

  /**
   * Starts the example on the port {@code args} names (8080 by default), prints its routes and
   * stops it at JVM shutdown; or says on stderr why it cannot start and exits.
   */
  static <T extends RunningExample> T serve(String[] args, Starter<T> starter) throws Exception {
    int port = port(args);
    T example;
    try {
      example = starter.start(port);
    } catch (Exception e) {
      if (!causedByBind(e)) {
        throw e;
      }
      throw exit(portTaken(port));
    }
    Runtime.getRuntime().addShutdownHook(new Thread(example::close));
    example.printRoutes(System.out);
    return example;
  }

  static String portTaken(int port) {
    return "Port "
        + port
        + " is already in use (another server, or the example still running)."
        + " Pick another port as the first argument, e.g. -Dexec.args=9090 with mvn exec:java;"
        + " 0 picks a free one.";
  }

  private static int port(String[] args) {
    if (args.length == 0) {
      return DEFAULT_PORT;
    }
    try {
      int port = Integer.parseInt(args[0]);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // not a number: the same message as out of range
    }
    throw exit(
        "\""
            + args[0]
            + "\" is not a port. Give a number from 0 to 65535 as the first"
            + " argument, e.g. -Dexec.args=9090 with mvn exec:java; 0 picks a free one.");
  }

  /** Jetty wraps the JDK's BindException in an IOException of its own. */
  private static boolean causedByBind(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException) {
        return true;
      }
    }
    return false;
  }

  /** Prints why the example cannot start and exits; returns only for {@code throw exit(…)}. */
  private static Error exit(String why) {
    System.err.println(why);
    System.exit(CANNOT_START);
    return new AssertionError("System.exit returned");
  }
}
