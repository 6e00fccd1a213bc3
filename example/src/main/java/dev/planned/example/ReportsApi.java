package dev.planned.example;

import dev.planned.Endpoint;
import dev.planned.Planned;
import dev.planned.Response;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Reports over the users; exporting them is announced, without a date yet. */
@Endpoint("/api")
public interface ReportsApi {
  @Endpoint("GET /reports")
  List<Report> reports();

  /**
   * A report computed when asked: it completes on another thread, and the server's thread is free
   * meanwhile.
   */
  @Endpoint("GET /reports/{name}")
  CompletionStage<Optional<Report>> report(String name);

  @Planned("Report export is not yet available. Check back in a future release.")
  @Endpoint("PUT /reports/export")
  Response export();
}
