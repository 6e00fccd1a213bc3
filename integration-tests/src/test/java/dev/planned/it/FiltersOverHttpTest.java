package dev.planned.it;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Map;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/** The filter suite over real HTTP, on each of {@link Servers}. */
@OnEveryServer
class FiltersOverHttpTest extends FiltersContract {
  @Parameter Servers server;
  private RunningServer running;

  @BeforeParameterizedClassInvocation
  void start() {
    running = server.start(Guarded.router());
  }

  @AfterParameterizedClassInvocation
  void stop() {
    running.close();
  }

  @Override
  Answer send(String method, String target, Map<String, String> headers, String body) {
    return running.send(method, target, headers, body == null ? null : body.getBytes(UTF_8));
  }
}
