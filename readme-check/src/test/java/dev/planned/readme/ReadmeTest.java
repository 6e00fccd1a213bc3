package dev.planned.readme;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planned.example.ExampleServer;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * README.md, checked by machine: a user's project made only of its snippets builds against the
 * staged artifacts and serves on each server as its start lines say, and every output the README
 * shows (curl, the example's route table) is what a run prints.
 */
class ReadmeTest {
  private static final Path README = Path.of(System.getProperty("readme"));

  private static Readme readme;
  private static UserProject project;

  @BeforeAll
  static void buildTheUserProject() throws Exception {
    readme = Readme.read(README);
    project = new UserProject(Path.of(System.getProperty("user.project")));
    project.write(readme);
    String log =
        project.build(
            Path.of(System.getProperty("maven.home")),
            Path.of(System.getProperty("java.home")),
            Path.of(System.getProperty("staging.repository")),
            Path.of(System.getProperty("reactor.repository")));
    // quiet as the README promises: -Xlint:all -Werror passed, and nothing else to say
    assertEquals("", log.strip(), "the user project's build printed:\n" + log);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tour", "jdk", "planned-jetty", "jetty", "tomcat"})
  void eachServerServesTheTourAsItsStartLinesSay(String server) throws Exception {
    try (UserServer running = UserServer.start(project, server)) {
      assertEquals(
          "The book 978", Curl.parse("curl -s localhost:8080/v1/books/978").run(running.port()));
      String planned =
          Curl.parse("curl -s -X PATCH localhost:8080/v1/books/978").run(running.port());
      assertTrue(
          planned.contains("\"status\":501,\"detail\":\"Partial updates are coming;"), planned);
    }
    // the README's build keeps the processor off the class path, so the runtime finds no reason
    // to warn about it
    String logged = Files.readString(project.dir().resolve(server + ".log"));
    assertFalse(logged.contains("planned-processor"), logged);
  }

  /** The two lines of "Serving it" serve the tour's document and Swagger UI. */
  @Test
  void theOpenApiLinesServeTheDocumentAndThePage() throws Exception {
    try (UserServer running = UserServer.start(project, "openapi")) {
      String document = Curl.parse("curl -s localhost:8080/openapi.json").run(running.port());
      // pretty-printed or not: what matters is the members
      String compact = document.replaceAll("\"\\s*:\\s*", "\":");
      assertTrue(compact.contains("\"openapi\":\"3.1.0\""), document);
      assertTrue(compact.contains("\"title\":\"Library\""), document);
      assertTrue(document.contains("\"x-planned\""), document);
      String page = Curl.parse("curl -s localhost:8080/docs").run(running.port());
      assertTrue(page.contains("swagger-ui"), page);
      assertTrue(page.contains("openapi.json"), page);
    }
  }

  /** Outputs shown after a {@code $ curl} prompt come from the example, or the tour's project. */
  @Test
  void everyCurlOutputIsWhatARunPrints() throws Exception {
    List<Readme.Block> shown =
        readme.blocks().stream().filter(b -> b.text().startsWith("$ curl")).toList();
    assertTrue(shown.size() >= 3, "curl blocks found: " + shown.size());
    try (ExampleServer example = ExampleServer.start(0);
        UserServer tour = UserServer.start(project, "tour")) {
      for (Readme.Block block : shown) {
        int port = "tour-curl".equals(block.name()) ? tour.port() : example.port();
        assertEquals(withoutDates(block.text()), withoutDates(transcript(block.text(), port)));
      }
    }
  }

  @Test
  void theExamplesRouteTableIsWhatItPrints() throws Exception {
    List<String> tables =
        readme.blocks().stream()
            .map(Readme.Block::text)
            .filter(t -> t.startsWith("Serving on http://localhost:8080\n"))
            .toList();
    assertEquals(1, tables.size(), "route tables in README.md");
    try (ExampleServer example = ExampleServer.start(0)) {
      ByteArrayOutputStream printed = new ByteArrayOutputStream();
      example.printRoutes(new PrintStream(printed, true, UTF_8));
      assertEquals(
          tables.get(0),
          printed.toString(UTF_8).replace("localhost:" + example.port(), "localhost:8080"));
    }
  }

  /** Runs each {@code $ curl} line of a block, each followed by what it printed. */
  private static String transcript(String block, int port) throws IOException {
    StringBuilder transcript = new StringBuilder();
    for (String line : block.split("\n")) {
      if (line.startsWith("$ ")) {
        transcript.append(line).append('\n');
        transcript.append(Curl.parse(line.substring(2)).run(port)).append('\n');
      }
    }
    return transcript.toString();
  }

  /** The Date header differs on every run, and so does a new request id. */
  private static String withoutDates(String text) {
    return text.replaceAll("(?m)^Date: .*$", "Date: (any)")
        .replaceAll("(?m)^(X-request-id|X-Request-Id): [0-9a-f]{32}$", "$1: (any)");
  }

  /** One server of the user project, in a JVM of its own, stopped by closing its input. */
  private static final class UserServer implements AutoCloseable {
    private final Process process;
    private final int port;

    private UserServer(Process process, int port) {
      this.process = process;
      this.port = port;
    }

    static UserServer start(UserProject project, String server) throws IOException {
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Process process =
          new ProcessBuilder(
                  java.toString(),
                  "-cp",
                  project.runtimeClassPath(),
                  UserProject.PACKAGE + ".Servers",
                  server)
              .directory(project.dir().toFile())
              .redirectError(project.dir().resolve(server + ".log").toFile())
              .start();
      BufferedReader out =
          new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8));
      String line;
      try {
        line =
            CompletableFuture.supplyAsync(
                    () -> {
                      try {
                        return out.readLine();
                      } catch (IOException e) {
                        throw new UncheckedIOException(e);
                      }
                    })
                .get(2, TimeUnit.MINUTES);
      } catch (InterruptedException | ExecutionException | TimeoutException e) {
        line = "nothing printed: " + e;
      }
      if (line == null || !line.startsWith("listening on ")) {
        process.destroyForcibly();
        throw new AssertionError(
            server + " did not start (" + project.dir().resolve(server + ".log") + "): " + line);
      }
      return new UserServer(process, Integer.parseInt(line.substring("listening on ".length())));
    }

    int port() {
      return port;
    }

    @Override
    public void close() throws IOException {
      process.getOutputStream().close();
      try {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
  }
}
