package dev.planned.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each server's {@code main}, run as a user runs it, on a port another socket holds: it names the
 * port and how to pick another, prints no stack trace, and exits.
 */
class PortInUseTest {
  @ParameterizedTest
  @ValueSource(classes = {ExampleServer.class, JettyExampleServer.class})
  void aTakenPortIsNamedWithHowToPickAnother(Class<?> main) throws Exception {
    try (ServerSocket taken = new ServerSocket()) {
      // the wildcard address, as the example binds: a loopback-only socket would not clash
      taken.bind(new InetSocketAddress(0));
      Launched run = launch(main, String.valueOf(taken.getLocalPort()));

      assertEquals(CommandLine.CANNOT_START, run.status);
      assertEquals(
          List.of(CommandLine.portTaken(taken.getLocalPort())),
          run.stderr,
          "only the explanation on stderr");
      assertTrue(run.stderr.get(0).contains("Port " + taken.getLocalPort() + " is already in use"));
      assertTrue(run.stderr.get(0).contains("-Dexec.args=9090"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"80a", "65536", "-1"})
  void anArgumentThatIsNoPortIsExplained(String argument) throws Exception {
    Launched run = launch(ExampleServer.class, argument);

    assertEquals(CommandLine.CANNOT_START, run.status);
    assertEquals(
        List.of(
            "\""
                + argument
                + "\" is not a port. Give a number from 0 to 65535 as the first argument, e.g."
                + " -Dexec.args=9090 with mvn exec:java; 0 picks a free one."),
        run.stderr);
  }

  private record Launched(int status, List<String> stderr) {}

  /** Runs {@code main} in a JVM of its own, on this test's class path. */
  private static Launched launch(Class<?> main, String argument)
      throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                main.getName(),
                argument)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(main.getSimpleName() + " " + argument + " did not exit");
    }
    String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Launched(process.exitValue(), stderr.lines().toList());
  }
}
