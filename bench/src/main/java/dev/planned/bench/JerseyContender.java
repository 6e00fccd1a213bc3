package dev.planned.bench;

import dev.planned.bench.RouteTable.GoRoute;
import dev.planned.bench.github.GithubJersey;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Jersey in memory: {@link ApplicationHandler#apply}, the entry point every Jersey container calls,
 * with the resources registered as singletons. A {@link ContainerRequest} is mutable and
 * single-use, so one is built per request, as a container does; its URIs are prepared once.
 */
public final class JerseyContender implements Contender {
  private static final URI BASE = URI.create("http://localhost/");

  private final Hits hits = new Hits();
  private final ApplicationHandler application =
      new ApplicationHandler(new ResourceConfig().registerInstances(GithubJersey.resources(hits)));
  private final String[] methods;
  private final URI[] uris;

  public JerseyContender() {
    List<GoRoute> routes = RouteTable.github();
    methods = routes.stream().map(GoRoute::method).toArray(String[]::new);
    uris = routes.stream().map(r -> uri(r.requestPath())).toArray(URI[]::new);
  }

  private static URI uri(String path) {
    return URI.create("http://localhost" + path);
  }

  @Override
  public String name() {
    return "Jersey in memory";
  }

  @Override
  public ContainerResponse route(int i) {
    return apply(methods[i], uris[i]);
  }

  @Override
  public ContainerResponse route(String method, String path) {
    return apply(method, uri(path));
  }

  private ContainerResponse apply(String method, URI uri) {
    ContainerRequest request =
        new ContainerRequest(
            BASE, uri, method, null, new MapPropertiesDelegate(), application.getConfiguration());
    try {
      return application
          .apply(request)
          .get(); // completes before apply returns: all endpoints are synchronous
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public int status(Object response) {
    return ((ContainerResponse) response).getStatus();
  }

  @Override
  public Hits hits() {
    return hits;
  }
}
