package dev.planned.example;

/** The servers the example runs on, each started on a free port: its tests run on each. */
enum ExampleServers {
  /** {@link ExampleServer}, on the JDK's HTTP server. */
  JDK {
    @Override
    RunningExample start() throws Exception {
      return ExampleServer.start(0);
    }
  },

  /** {@link JettyExampleServer}, on Jetty started by PlannedJetty (through the servlet adapter). */
  JETTY {
    @Override
    RunningExample start() throws Exception {
      return JettyExampleServer.start(0);
    }
  };

  abstract RunningExample start() throws Exception;
}
