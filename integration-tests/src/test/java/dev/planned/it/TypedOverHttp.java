package dev.planned.it;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** Typed binding over real HTTP, on one of {@link Servers}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TypedOverHttp extends TypedBindingContract {
  private final Servers server;
  private RunningServer running;

  TypedOverHttp(Servers server) {
    this.server = server;
  }

  @BeforeAll
  void start() {
    running = server.start(new Typed());
  }

  @AfterAll
  void stop() {
    running.close();
  }

  @Override
  Answer send(String method, String target, Map<String, String> headers, byte[] body) {
    return running.send(method, target, headers, body);
  }
}
