package dev.planned.it;

import dev.planned.Response;

/** {@link HealthApi}: the static route answers one response, built once. */
public final class Health extends HealthApiDispatcher {
  public static final Response HEALTHY = Response.ok("healthy");

  @Override
  public Response health() {
    return HEALTHY;
  }

  @Override
  public Response item(String kind, String id) {
    return Response.ok(kind + " " + id);
  }
}
