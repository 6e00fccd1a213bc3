package dev.planned.it;

import dev.planned.Endpoint;
import dev.planned.Response;

/**
 * A static route beside wildcard routes, answering a {@link Response} built once: what an
 * implemented static route costs the router can then be counted alone (StaticRouteAllocationTest).
 */
public interface HealthApi {
  @Endpoint("GET /health/now")
  Response health();

  @Endpoint("GET /health/{kind}/{id}")
  Response item(String kind, String id);
}
