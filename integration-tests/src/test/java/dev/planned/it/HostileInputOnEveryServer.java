package dev.planned.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.planned.Dispatcher;
import dev.planned.testing.CapturedLog;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every server, serving {@link Library} and {@link Probe}, for tests that send them malformed and
 * hostile requests: what the servers log about those is captured, not printed (hostile input is
 * expected here, and a passing build is quiet), and none of it may be a server failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HostileInputOnEveryServer {
  /**
   * Tomcat logs through java.util.logging, the JDK server through System.Logger, Planned as
   * "dev.planned"; captured from before the servers start to after they stop.
   */
  @RegisterExtension
  @Order(1)
  static final CapturedLog logs =
      CapturedLog.of("org.apache", "com.sun.net.httpserver", "dev.planned").forTheWholeClass();

  @RegisterExtension
  @Order(2)
  static final EveryServer running =
      EveryServer.serving(() -> new Dispatcher[] {new Library(), new Probe()});

  /** Bad requests are the client's fault: nothing may be logged as a server failure for them. */
  @AfterAll
  void nothingWasLoggedAsAServerFailure() {
    // (Tomcat notes the first one at INFO, which is captured and not printed)
    assertEquals(
        List.of(),
        logs.records().stream()
            .filter(record -> record.getLevel().intValue() >= Level.WARNING.intValue())
            .map(record -> record.getLoggerName() + ": " + record.getMessage())
            .toList());
  }
}
