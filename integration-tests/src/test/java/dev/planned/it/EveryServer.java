package dev.planned.it;

import dev.planned.Dispatcher;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every one of {@link Servers}, started once for a test class whose methods take the server as a
 * parameter ({@code @EnumSource(Servers.class)}), and stopped after it. (A class that runs whole on
 * each server, one at a time, is {@link OnEveryServer} instead.)
 *
 * <pre>{@code @RegisterExtension
 * static final EveryServer running = EveryServer.serving(() -> new Dispatcher[] {new Library()});}
 * </pre>
 */
final class EveryServer implements BeforeAllCallback, AfterAllCallback {
  private final Supplier<Dispatcher[]> dispatchers;
  private final Map<Servers, RunningServer> running = new EnumMap<>(Servers.class);

  private EveryServer(Supplier<Dispatcher[]> dispatchers) {
    this.dispatchers = dispatchers;
  }

  /** Each server serves dispatchers of its own, made by this supplier: no state is shared. */
  static EveryServer serving(Supplier<Dispatcher[]> dispatchers) {
    return new EveryServer(dispatchers);
  }

  RunningServer get(Servers server) {
    return running.get(server);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    for (Servers server : Servers.values()) {
      running.put(server, server.start(dispatchers.get()));
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    running.values().forEach(RunningServer::close);
    running.clear();
  }
}
