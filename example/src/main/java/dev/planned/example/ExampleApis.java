package dev.planned.example;

import dev.planned.AccessLog;
import dev.planned.Cors;
import dev.planned.RequestIds;
import dev.planned.Route;
import dev.planned.Router;
import dev.planned.openapi.OpenApi;
import dev.planned.openapi.ui.SwaggerUi;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The example's two APIs served together, with their OpenAPI document and Swagger UI, whichever
 * server runs them, behind the built-in filters: a request id on every answer, one access log line
 * per request, and CORS for the one web application allowed to call the API from a browser.
 */
final class ExampleApis implements AutoCloseable {
  /**
   * The bearer token the example's writes need: a fixed demo value, so that the README's and the
   * tests' requests work as shown. A real service reads its secret from its configuration.
   */
  static final String DEMO_TOKEN = "demo-token";

  /** The origin of the web application (a dev server on port 5173) whose pages may call the API. */
  static final String WEB_APP_ORIGIN = "http://localhost:5173";

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
    router =
        Router.builder()
            .filter(new RequestIds()) // first: every later filter, answer and log line has the id
            .filter(new AccessLog()) // INFO on the logger dev.planned.access
            .filter(
                Cors.builder()
                    .allowOrigins(WEB_APP_ORIGIN)
                    .allowHeaders("Content-Type", "Authorization")
                    .exposeHeaders(RequestIds.HEADER)
                    .maxAge(Duration.ofMinutes(10))
                    .build())
            .serve(
                apis,
                openApi.servedAt("/openapi.json"),
                SwaggerUi.servedAt("/docs", "/openapi.json"));
  }

  Router router() {
    return router;
  }

  /** The route table, planned endpoints marked with their release and message. */
  void printRoutes(PrintStream out, String url) {
    out.println("Serving on " + url);
    for (Route route : apis.routes()) {
      String plan =
          route
              .plan()
              .map(
                  p ->
                      "  PLANNED"
                          + (p.release().isEmpty() ? "" : " for " + p.release())
                          + ": "
                          + p.message())
              .orElse("");
      out.println(
          String.format("  %-7s %-22s%s", route.method(), route.path(), plan).stripTrailing());
    }
  }

  @Override
  public void close() {
    workers.shutdown();
  }
}
