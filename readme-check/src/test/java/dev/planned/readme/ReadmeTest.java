package dev.planned.readme;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planned.example.ExampleServer;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
 * staged artifacts and serves on each server as its start lines say, the snippets of "Filters and
 * errors" answer as the section says, and every output the README shows (curl, the example's route
 * table, the access log, a generated Javadoc) is what a run prints.
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

  /** The Filter interface the README shows is the runtime's, comments and annotations aside. */
  @Test
  void theFilterShownIsTheRuntimes() throws Exception {
    String source =
        Files.readString(Path.of(System.getProperty("runtime.sources"), "dev/planned/Filter.java"));
    assertEquals(declaration(source), declaration(readme.snippet("filter-interface")));
  }

  /**
   * The filters, their order, the error mappers of "Filters and errors", served as its snippets
   * say, answer as it says: the timing header on every answer, 401 for a write without a token, the
   * API's mapper and the server's.
   */
  @Test
  void theFiltersAndErrorMappersAnswerAsTheSectionSays() throws Exception {
    try (UserServer running = UserServer.start(project, "filters")) {
      int port = running.port();
      assertEquals("The book 978", Curl.parse("curl -s localhost:8080/v1/books/978").run(port));
      String user = Curl.parse("curl -i localhost:8080/api/users/1").run(port);
      assertTrue(user.startsWith("HTTP/1.1 200 "), user);
      assertTrue(lowerCase(user).contains("\nserver-timing: app;dur="), user);
      String refused =
          Curl.parse(
                  "curl -i -H \"Content-Type: application/json\" -d '{\"name\":\"Bo\"}'"
                      + " localhost:8080/api/users")
              .run(port);
      assertTrue(refused.startsWith("HTTP/1.1 401 "), refused);
      assertTrue(
          lowerCase(refused).contains("\nwww-authenticate: bearer realm=\"users\""), refused);
      assertTrue(refused.contains("\"detail\":\"Send a bearer token.\""), refused);
      String created =
          Curl.parse(
                  "curl -i -H \"Authorization: Bearer demo-token\""
                      + " -H \"Content-Type: application/json\" -d '{\"name\":\"Bo\"}'"
                      + " localhost:8080/api/users")
              .run(port);
      assertTrue(created.startsWith("HTTP/1.1 201 "), created);
      String unknown = Curl.parse("curl -i localhost:8080/api/users/7").run(port);
      assertTrue(unknown.startsWith("HTTP/1.1 404 "), unknown);
      assertTrue(
          unknown.contains("\"detail\":\"There is no user 7.\",\"instance\":\"/api/users/7\""),
          unknown);
      assertTrue(unknown.contains("\"userId\":\"7\""), unknown);
      String bad = Curl.parse("curl -i \"localhost:8080/api/users?limit=-1\"").run(port);
      assertTrue(bad.startsWith("HTTP/1.1 400 "), bad);
      assertTrue(bad.contains("\"detail\":\"A bad argument.\""), bad);
    }
    assertEquals("", Files.readString(project.dir().resolve("filters.log")));
  }

  /** The CORS snippet allows its origin's preflight, and nothing to another origin. */
  @Test
  void theCorsFilterAllowsTheOriginShown() throws Exception {
    try (UserServer running = UserServer.start(project, "cors")) {
      String preflight =
          "curl -i -X OPTIONS -H \"Access-Control-Request-Method: POST\""
              + " -H \"Access-Control-Request-Headers: content-type,authorization\""
              + " localhost:8080/api/users -H \"Origin: ";
      String allowed =
          lowerCase(Curl.parse(preflight + "https://app.example\"").run(running.port()));
      assertTrue(allowed.startsWith("http/1.1 204 "), allowed);
      assertTrue(allowed.contains("\naccess-control-allow-origin: https://app.example\n"), allowed);
      assertTrue(allowed.contains("\naccess-control-allow-credentials: true\n"), allowed);
      assertTrue(allowed.contains("\naccess-control-max-age: 600\n"), allowed);
      assertTrue(
          allowed.contains("\naccess-control-allow-methods: get, head, post, options\n"), allowed);
      String refused =
          lowerCase(Curl.parse(preflight + "https://elsewhere.example\"").run(running.port()));
      assertTrue(refused.startsWith("http/1.1 204 "), refused);
      assertFalse(refused.contains("access-control-allow"), refused);
    }
  }

  /** The access log lines the README shows are what the request-ids snippet's server logs. */
  @Test
  void theAccessLogIsWhatTheSectionShows() throws Exception {
    try (UserServer running = UserServer.start(project, "request-ids")) {
      String user = Curl.parse("curl -i localhost:8080/api/users/1").run(running.port());
      assertTrue(lowerCase(user).matches("(?s).*\nx-request-id: [0-9a-f]{32}\n.*"), user);
      Curl.parse("curl -s localhost:8080/nowhere").run(running.port());
    }
    List<String> logged =
        Files.readAllLines(project.dir().resolve("request-ids.log")).stream()
            .filter(line -> line.startsWith("INFO: "))
            .map(line -> line.substring("INFO: ".length()))
            .toList();
    assertEquals(
        withoutTimesAndIds(readme.snippet("access-log")),
        withoutTimesAndIds(String.join("\n", logged) + "\n"));
  }

  /** A Reply's snippets, served: 201 with its Location, and the headers the comment shows. */
  @Test
  void theReplySnippetsAnswerAsShown() throws Exception {
    try (UserServer running = UserServer.start(project, "replies")) {
      String user = Curl.parse("curl -i localhost:8080/api/users/1").run(running.port());
      assertTrue(user.startsWith("HTTP/1.1 200 "), user);
      String head = lowerCase(user);
      assertTrue(head.contains("\netag: \"r42\"\n"), user);
      assertTrue(head.contains("\ncache-control: max-age=60\n"), user);
      assertTrue(head.contains("\nvary: accept\n"), user);
      String created =
          Curl.parse(
                  "curl -i -H \"Content-Type: application/json\" -d '{\"name\":\"Bo\"}'"
                      + " localhost:8080/api/users")
              .run(running.port());
      assertTrue(created.startsWith("HTTP/1.1 201 "), created);
      assertTrue(lowerCase(created).contains("\nlocation: /api/users/2\n"), created);
      assertTrue(created.endsWith("{\"id\":2,\"name\":\"Bo\"}"), created);
    }
  }

  /** The Javadoc of a planned method the README shows is what the tour's build generated. */
  @Test
  void theGeneratedJavadocShownIsWhatTheProcessorWrites() throws Exception {
    String shown = readme.blockStartingWith("  /**\n   * Planned for 2.0");
    String generated =
        Files.readString(
            project
                .dir()
                .resolve(
                    "target/generated-sources/annotations/"
                        + UserProject.PACKAGE.replace('.', '/')
                        + "/LibraryApiDispatcher.java"));
    assertTrue(generated.contains(shown), generated);
  }

  /**
   * The warning Troubleshooting shows is what the tour's server logs when the processor's jar, as a
   * user's build would put it there by mistake, is on its class path.
   */
  @Test
  void theProcessorOnTheClassPathWarningIsWhatAServerLogs() throws Exception {
    String version = System.getProperty("planned.version");
    Path processor =
        Path.of(System.getProperty("staging.repository"))
            .resolve("dev/planned/planned-processor/" + version)
            .resolve("planned-processor-" + version + ".jar");
    assertTrue(Files.isRegularFile(processor), processor.toString());
    String classPath = project.runtimeClassPath() + File.pathSeparator + processor;
    try (UserServer running = UserServer.start(project, "tour", "tour-processor", classPath)) {
      assertEquals(
          "The book 978", Curl.parse("curl -s localhost:8080/v1/books/978").run(running.port()));
    }
    List<String> warnings =
        Files.readAllLines(project.dir().resolve("tour-processor.log")).stream()
            .filter(line -> line.startsWith("WARNING: "))
            .map(line -> line.replaceFirst("\\(jar:file:/[^)]*/", "(jar:file:/…/"))
            .toList();
    String shown = readme.blockStartingWith("WARNING: planned-processor");
    assertEquals(List.of(shown.strip()), warnings);
  }

  /** A Java declaration without its package, imports, comments and annotations, on one line. */
  private static String declaration(String java) {
    return java.replaceAll("(?s)/\\*.*?\\*/", "")
        .replaceAll("//[^\n]*", "")
        .replaceAll("(?m)^(package|import) .*$", "")
        .replaceAll("@[A-Za-z]+", "")
        .replaceAll("\\s+", " ")
        .strip();
  }

  private static String lowerCase(String answer) {
    return answer.toLowerCase(Locale.ROOT);
  }

  /** An access log's time and request id differ on every run. */
  private static String withoutTimesAndIds(String lines) {
    return lines.replaceAll(" [0-9.]+ms ", " (time) ").replaceAll("(?m) [0-9a-f]{32}$", " (id)");
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
    String table = readme.blockStartingWith("Serving on http://localhost:8080\n");
    try (ExampleServer example = ExampleServer.start(0)) {
      ByteArrayOutputStream printed = new ByteArrayOutputStream();
      example.printRoutes(new PrintStream(printed, true, UTF_8));
      assertEquals(
          table, printed.toString(UTF_8).replace("localhost:" + example.port(), "localhost:8080"));
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
      return start(project, server, server, project.runtimeClassPath());
    }

    /** The server, logging to {@code <log>.log}, run with this class path. */
    static UserServer start(UserProject project, String server, String log, String classPath)
        throws IOException {
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Process process =
          new ProcessBuilder(
                  java.toString(), "-cp", classPath, UserProject.PACKAGE + ".Servers", server)
              .directory(project.dir().toFile())
              .redirectError(project.dir().resolve(log + ".log").toFile())
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
