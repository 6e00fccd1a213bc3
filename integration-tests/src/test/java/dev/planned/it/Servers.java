package dev.planned.it;

import dev.planned.Dispatcher;
import dev.planned.jdk.JdkHttpServers;
import dev.planned.jdk.JdkServer;
import dev.planned.servlet.PlannedServlet;
import jakarta.servlet.ServletContainerInitializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.time.Duration;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.startup.Tomcat;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The servers the shared suite runs on, each started as its README row says, on a loopback
 * ephemeral port with default settings: what a user gets is what is tested.
 */
enum Servers {
  JDK {
    @Override
    RunningServer start(Dispatcher... dispatchers) {
      try {
        JdkServer server =
            JdkHttpServers.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4, dispatchers);
        return new RunningServer(name(), server.port(), () -> server.stop(Duration.ZERO));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    RunningServer startContext(String contextPath, ServletContainerInitializer initializer) {
      throw new UnsupportedOperationException("The JDK server runs no servlets");
    }
  },

  JETTY {
    @Override
    RunningServer startContext(String contextPath, ServletContainerInitializer initializer) {
      org.eclipse.jetty.server.Server server = new org.eclipse.jetty.server.Server();
      ServerConnector connector = new ServerConnector(server);
      connector.setHost("127.0.0.1");
      connector.setPort(0);
      server.addConnector(connector);
      ServletContextHandler context =
          new ServletContextHandler(contextPath.isEmpty() ? "/" : contextPath);
      context.addServletContainerInitializer(initializer);
      server.setHandler(context);
      try {
        server.start();
      } catch (Exception e) {
        throw new IllegalStateException("Jetty did not start", e);
      }
      return new RunningServer(name(), connector.getLocalPort(), server::stop);
    }
  },

  TOMCAT {
    @Override
    RunningServer startContext(String contextPath, ServletContainerInitializer initializer) {
      Tomcat tomcat = new Tomcat();
      try {
        tomcat.setBaseDir(Files.createTempDirectory("tomcat").toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Connector connector = new Connector();
      connector.setPort(0);
      connector.setProperty("address", "127.0.0.1");
      tomcat.setConnector(connector);
      StandardContext context = (StandardContext) tomcat.addContext(contextPath, null);
      // the leak checks for redeployed web applications need JDK internals opened; an embedded
      // server is never redeployed
      context.setClearReferencesThreadLocals(false);
      context.setClearReferencesRmiTargets(false);
      context.addServletContainerInitializer(initializer, null);
      try {
        tomcat.start();
      } catch (Exception e) {
        throw new IllegalStateException("Tomcat did not start", e);
      }
      return new RunningServer(
          name(),
          connector.getLocalPort(),
          () -> {
            tomcat.stop();
            tomcat.destroy();
          });
    }
  };

  /** Serves these dispatchers at the root of the server. */
  RunningServer start(Dispatcher... dispatchers) {
    return startContext(
        "", (classes, context) -> PlannedServlet.register(context, "/*", dispatchers));
  }

  /** A servlet container with one context ("" for the root), set up by this initializer. */
  abstract RunningServer startContext(String contextPath, ServletContainerInitializer initializer);
}
