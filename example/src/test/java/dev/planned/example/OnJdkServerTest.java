package dev.planned.example;

/** The example contract on the JDK's HTTP server. */
class OnJdkServerTest extends ExampleContract {
  @Override
  RunningExample start() throws Exception {
    return ExampleServer.start(0);
  }
}
