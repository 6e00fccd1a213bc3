package dev.planned.example;

import dev.planned.Route;
import dev.planned.Router;
import dev.planned.openapi.OpenApi;
import dev.planned.openapi.ui.SwaggerUi;
import java.io.PrintStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The example's two APIs served together, with their OpenAPI document and Swagger UI, whichever
 * server runs them.
 */
final class ExampleApis implements AutoCloseable {
  /**
   * The bearer token the example's writes need: a fixed demo value, so that the README's and the
   * tests' requests work as shown. A real service reads its secret from its configuration.
   */
  static final String DEMO_TOKEN = "demo-token";

  /** Where reports are computed, off the server's threads. */
  private final ExecutorService workers = Executors.newFixedThreadPool(2);
  /** The two APIs alone, for the route table. */
  private final Router apis;
  /** The APIs, their OpenAPI document at /openapi.json and Swagger UI at /docs. */
  private final Router router;

  ExampleApis() {
    Users users = new Users(DEMO_TOKEN);
    apis = Router.of(users, new Reports(users, workers));
    OpenApi openApi = OpenApi.of("Users and reports", "1.0", UsersApi.class, ReportsApi.class);
    router = Router.of(apis, openApi.servedAt("/openapi.json"),
        SwaggerUi.servedAt("/docs", "/openapi.json"));
  }

  Router router() {
    return router;
  }

  /** The route table, planned endpoints marked with their release and message. */
  void printRoutes(PrintStream out, String url) {
    out.println("Serving on " + url);
    for (Route route : apis.routes()) {
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
