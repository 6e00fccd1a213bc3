package dev.planned.internal;

import dev.planned.Plan;
import dev.planned.Route;
import java.util.Optional;

/** The routes a generated dispatcher lists, each in one short line of generated code. */
public final class Routes {
  private Routes() {}

  /** An implemented endpoint. */
  public static Route implemented(String method, String path, String handler) {
    return new Route(method, path, handler, Optional.empty());
  }

  /** A planned endpoint, answered with 501 and its plan; absent plan values are empty strings. */
  public static Route planned(
      String method,
      String path,
      String handler,
      String message,
      String release,
      String link,
      String alternative) {
    return new Route(
        method, path, handler, Optional.of(new Plan(message, release, link, alternative)));
  }
}
