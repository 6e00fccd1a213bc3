package dev.planned.example;

import dev.planned.Route;
import dev.planned.Router;
import java.io.PrintStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The example's two APIs served together, whichever server runs them. */
final class ExampleApis implements AutoCloseable {
  /** Where reports are computed, off the server's threads. */
  private final ExecutorService workers = Executors.newFixedThreadPool(2);
  private final Router router;

  ExampleApis() {
    Users users = new Users();
    router = Router.of(users, new Reports(users, workers));
  }

  Router router() {
    return router;
  }

  /** The route table, planned endpoints marked with their release and message. */
  void printRoutes(PrintStream out, String url) {
    out.println("Serving on " + url);
    for (Route route : router.routes()) {
      String plan = route.plan()
          .map(p -> "  PLANNED" + (p.release().isEmpty() ? "" : " for " + p.release()) + ": "
              + p.message())
          .orElse("");
      out.println(String.format("  %-7s %-22s%s", route.method(), route.path(), plan)
          .stripTrailing());
    }
  }

  @Override
  public void close() {
    workers.shutdown();
  }
}
