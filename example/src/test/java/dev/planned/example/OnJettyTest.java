package dev.planned.example;

/** The example contract on Jetty, started by PlannedJetty (through the servlet adapter). */
class OnJettyTest extends ExampleContract {
  @Override
  RunningExample start() throws Exception {
    return JettyExampleServer.start(0);
  }
}
