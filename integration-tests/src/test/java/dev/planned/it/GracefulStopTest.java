package dev.planned.it;

import static dev.planned.testing.Listener.refusesNewConnections;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planned.Dispatcher;
import dev.planned.Request;
import dev.planned.Response;
import dev.planned.Route;
import dev.planned.jdk.JdkHttpServers;
import dev.planned.jdk.JdkServer;
import dev.planned.jetty.PlannedJetty;
import dev.planned.servlet.PlannedServlet;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.core.StandardService;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A stop lets requests in flight finish, on every server as Planned starts or documents it: an
 * upload still sending and an endpoint that completes later both get their whole answers after the
 * stop has begun, while new connections are refused.
 */
class GracefulStopTest {
  private static final Duration GRACE = Duration.ofSeconds(10);
  private static final InetSocketAddress LOOPBACK =
      new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

  /** A server started the way its README row says, and its graceful stop. */
  interface Stoppable {
    int port();

    void stop() throws Exception;
  }

  enum Server {
    /** {@code JdkHttpServers.start}, stopped with {@code JdkServer.stop(grace)}. */
    JDK {
      @Override
      Stoppable start(Dispatcher dispatcher) throws Exception {
        JdkServer server = JdkHttpServers.start(LOOPBACK, dispatcher);
        return stoppable(server.port(), () -> server.stop(GRACE));
      }
    },

    /** {@code PlannedJetty.start}, stopped with {@code stop(grace)}. */
    PLANNED_JETTY {
      @Override
      Stoppable start(Dispatcher dispatcher) throws Exception {
        PlannedJetty server = PlannedJetty.start(LOOPBACK, dispatcher);
        return stoppable(server.port(), () -> server.stop(GRACE));
      }
    },

    /**
     * Plain embedded Tomcat with what the README says to set: the connector bound at start (not
     * init), so that stop can close its listener first, and the service's graceful stop wait.
     */
    TOMCAT {
      @Override
      Stoppable start(Dispatcher dispatcher) throws Exception {
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("tomcat").toString());
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        connector.setProperty("bindOnInit", "false");
        tomcat.setConnector(connector);
        ((StandardService) tomcat.getService()).setGracefulStopAwaitMillis(GRACE.toMillis());
        StandardContext context = (StandardContext) tomcat.addContext("", null);
        // the leak checks for redeployed web applications need JDK internals opened
        context.setClearReferencesThreadLocals(false);
        context.setClearReferencesRmiTargets(false);
        Tomcat.addServlet(context, "planned", new PlannedServlet(dispatcher))
            .setAsyncSupported(true);
        context.addServletMapping("/*", "planned");
        tomcat.start();
        return stoppable(
            connector.getLocalPort(),
            () -> {
              tomcat.stop();
              tomcat.destroy();
            });
      }
    };

    abstract Stoppable start(Dispatcher dispatcher) throws Exception;
  }

  private static Stoppable stoppable(int port, RunningServer.Stopper stopper) {
    return new Stoppable() {
      @Override
      public int port() {
        return port;
      }

      @Override
      public void stop() throws Exception {
        stopper.stop();
      }
    };
  }

  /**
   * {@code POST /upload} reads the whole body and says how much; {@code GET /report} completes when
   * the test completes {@link #report}; the latches say each has reached the endpoint.
   */
  private static final class InFlight implements Dispatcher {
    final CountDownLatch uploadBegun = new CountDownLatch(1);
    final CountDownLatch reportBegun = new CountDownLatch(1);
    final CompletableFuture<Response> report = new CompletableFuture<>();

    @Override
    public CompletionStage<Response> dispatchAsync(Request request) {
      if (request.path().equals("/report")) {
        reportBegun.countDown();
        return report;
      }
      return CompletableFuture.completedFuture(dispatch(request));
    }

    @Override
    public Response dispatch(Request request) {
      if (request.path().equals("/upload")) {
        uploadBegun.countDown();
        return Response.ok("received " + request.body().length + " bytes");
      }
      return Response.ok("ok");
    }

    @Override
    public List<Route> routes() {
      return List.of();
    }
  }

  @ParameterizedTest
  @EnumSource(Server.class)
  void requestsInFlightGetTheirWholeAnswersWhileNewConnectionsAreRefused(Server kind)
      throws Exception {
    InFlight endpoints = new InFlight();
    Stoppable server = kind.start(endpoints);
    RawConnection upload = RawConnection.open(server.port());
    RawConnection report = RawConnection.open(server.port());
    try {
      upload.send(
          "POST /upload HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
              + "Content-Length: 10\r\n\r\n12345");
      report.send("GET /report HTTP/1.1\r\nHost: x\r\n\r\n");
      assertTrue(
          endpoints.uploadBegun.await(5, TimeUnit.SECONDS), "the upload reached its endpoint");
      assertTrue(
          endpoints.reportBegun.await(5, TimeUnit.SECONDS), "the report reached its endpoint");

      CompletableFuture<Void> stopped =
          CompletableFuture.runAsync(
              () -> {
                try {
                  server.stop();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      assertTrue(refusesNewConnections(server.port()), "the listener closes when the stop begins");
      assertFalse(stopped.isDone(), "the stop waits for the requests in flight");

      upload.send("67890");
      endpoints.report.complete(Response.ok("report ready"));

      RawConnection.RawResponse uploaded = upload.read();
      RawConnection.RawResponse reported = report.read();
      assertEquals(200, uploaded.status());
      assertEquals("received 10 bytes", uploaded.body());
      assertEquals(200, reported.status());
      assertEquals("report ready", reported.body());
      // the clients leave, as they do once answered: Tomcat's stop also waits for idle
      // keep-alive connections to close
      upload.close();
      report.close();
      stopped.get(GRACE.toSeconds() + 5, TimeUnit.SECONDS);
    } finally {
      upload.close();
      report.close();
      endpoints.report.complete(Response.ok("cut")); // lets a failed test's stop end
    }
  }
}
