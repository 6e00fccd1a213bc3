package dev.planned.it;

import dev.planned.Endpoint;
import dev.planned.Request;

/**
 * Endpoints that show what a server made of a hostile request: the body it decoded, and the headers
 * it parsed. Served beside {@link LibraryApi} by the hostile-input suite.
 */
@Endpoint("/probe")
public interface ProbeApi {
  /** Answers {@code echo:} and the request body as the endpoint read it. */
  @Endpoint("POST /echo")
  String echo(Request request);

  /** Answers {@code headers:} and the X-Probe and Content-Type values the server parsed. */
  @Endpoint("GET /headers")
  String headers(Request request);
}
