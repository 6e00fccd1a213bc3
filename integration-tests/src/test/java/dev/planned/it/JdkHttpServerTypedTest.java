package dev.planned.it;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdkHttpServerTypedTest extends TypedBindingContract {
  private JdkServerFixture server;

  @BeforeAll
  void start() throws IOException {
    server = new JdkServerFixture(new Typed());
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Override
  Answer send(String method, String target, Map<String, String> headers, byte[] body) {
    return server.send(method, target, headers, body);
  }
}
