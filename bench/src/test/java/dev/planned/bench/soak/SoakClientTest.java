package dev.planned.bench.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planned.bench.Hits;
import dev.planned.bench.github.GithubPlanned;
import dev.planned.jdk.JdkHttpServers;
import dev.planned.jdk.JdkServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** The soak client counts every answer of its mix, briefly, against a server that answers all. */
class SoakClientTest {
  @Test
  void countsEachKindOfAnswerOnKeptAliveConnections() throws Exception {
    try (JdkServer server =
        JdkHttpServers.start(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            new GithubPlanned(new Hits()))) {
      SoakClient.Result result = SoakClient.run(server.port(), 1, 4, 2);

      assertEquals(0, result.failed());
      assertEquals(0, result.unexpected5xx());
      assertTrue(
          result.ok() > 0 && result.planned501() > 0 && result.notFound() > 0, result.toString());
      assertEquals(result.requests(), result.ok() + result.planned501() + result.notFound());
      assertEquals(4, result.connections(), "one kept-alive connection per client");
      assertTrue(result.p99() >= result.p50() && result.max() >= result.p99(), result.toString());
    }
  }
}
