package dev.planned.it;

import java.util.Map;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/** The built-in filters over real HTTP, on each of {@link Servers}. */
@OnEveryServer
class BuiltInFiltersOverHttpTest extends BuiltInFiltersContract {
  @Parameter Servers server;
  private RunningServer running;

  @BeforeParameterizedClassInvocation
  void start() {
    running = server.start(library());
  }

  @AfterParameterizedClassInvocation
  void stop() {
    running.close();
  }

  @Override
  Answer exchange(String method, String target, Map<String, String> headers) {
    return running.send(method, target, headers, null);
  }
}
