package dev.planned.it;

import dev.planned.Dispatcher;
import dev.planned.jdk.JdkHttpServers;
import dev.planned.jdk.JdkServer;
import dev.planned.servlet.PlannedServlet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import org.apache.catalina.Context;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The servers the shared suite runs on, each started the way its README row says, on a loopback
 * ephemeral port, with default settings: what a user gets is what is tested.
 */
enum Servers {
  JDK {
    @Override
    RunningServer start(Dispatcher... dispatchers) {
      try {
        JdkServer server = JdkHttpServers.start(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4, dispatchers);
        return new RunningServer(name(), server.port(), () -> server.stop(java.time.Duration.ZERO));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    RunningServer startServlet(String contextPath, String mapping, PlannedServlet servlet) {
      throw new UnsupportedOperationException("The JDK server runs no servlets");
    }
  },

  JETTY {
    @Override
    RunningServer startServlet(String contextPath, String mapping, PlannedServlet servlet) {
      org.eclipse.jetty.server.Server server = new org.eclipse.jetty.server.Server();
      ServerConnector connector = new ServerConnector(server);
      connector.setHost("127.0.0.1");
      connector.setPort(0);
      server.addConnector(connector);
      ServletContextHandler context = new ServletContextHandler(contextPath.isEmpty() ? "/" : contextPath);
      ServletHolder holder = new ServletHolder("planned", servlet);
      holder.setAsyncSupported(true);
      context.addServlet(holder, mapping);
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
    RunningServer startServlet(String contextPath, String mapping, PlannedServlet servlet) {
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
      Context context = tomcat.addContext(contextPath, null);
      Wrapper wrapper = Tomcat.addServlet(context, "planned", servlet);
      wrapper.setAsyncSupported(true);
      context.addServletMapping(mapping, "planned");
      try {
        tomcat.start();
      } catch (Exception e) {
        throw new IllegalStateException("Tomcat did not start", e);
      }
      return new RunningServer(name(), connector.getLocalPort(), () -> {
        tomcat.stop();
        tomcat.destroy();
      });
    }
  };

  /** Serves these dispatchers at the root of the server. */
  RunningServer start(Dispatcher... dispatchers) {
    return startServlet("", "/*", new PlannedServlet(dispatchers));
  }

  /** Serves a servlet in this context path ("" for the root) under this mapping. */
  abstract RunningServer startServlet(String contextPath, String mapping, PlannedServlet servlet);
}
