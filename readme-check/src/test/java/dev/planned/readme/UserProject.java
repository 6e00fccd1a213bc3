package dev.planned.readme;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A user's project made of the README's snippets, built with Maven as a user builds it. What the
 * README leaves to the user (the project's coordinates, a package, imports, the types the typed API
 * names, the server a Jetty or Tomcat row starts from) is the only code added here.
 */
final class UserProject {
  static final String PACKAGE = "com.example.library";

  /** Imports for the README's API and implementation snippets, which show none. */
  private static final String API_IMPORTS =
      """
      import dev.planned.*;
      import java.util.*;
      import java.util.concurrent.*;
      """;

  private final Path dir;

  UserProject(Path dir) {
    this.dir = dir;
  }

  Path dir() {
    return dir;
  }

  /** Writes the project from the README. */
  void write(Readme readme) throws IOException {
    if (Files.exists(dir)) {
      try (var files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    write("pom.xml", pom(readme));
    write(source("LibraryApi"), javaFile(API_IMPORTS, readme.snippet("tour-api")));
    write(source("Library"), javaFile(API_IMPORTS, readme.snippet("tour-implementation")));
    write(source("UsersApi"), javaFile(API_IMPORTS, readme.snippet("typed-api")));
    // the types the typed API names, which the README leaves to the user
    write(source("User"), javaFile("", "public record User(long id, String name) {}\n"));
    write(source("NewUser"), javaFile("", "public record NewUser(String name) {}\n"));
    write(source("Report"), javaFile("", "public record Report(String name) {}\n"));
    write(source("Servers"), servers(readme));
    writeFiltersAndErrors(readme);
    write(source("ProfilesApi"), javaFile(API_IMPORTS, readme.snippet("client-api")));
    // the fallback snippet is a method's body; its id and name are the method's parameters
    write(
        source("ProfileRenaming"),
        javaFile(
            """
            import com.example.library.ProfilesApi.Profile;
            import dev.planned.NotImplementedException;
            import java.net.URI;
            import java.util.Map;
            """,
            "final class ProfileRenaming {\n  static Profile rename(long id, String name) {\n"
                + readme.snippet("client-fallback").indent(4)
                + "  }\n}\n"));
    write(
        "src/test/java/" + PACKAGE.replace('.', '/') + "/LibraryTest.java",
        javaFile(
            """
            import static org.junit.jupiter.api.Assertions.assertEquals;

            import dev.planned.Request;
            import org.junit.jupiter.api.Test;
            """,
            """
            class LibraryTest {
              @Test
              void bookInMemory() {
                assertEquals(200, new Library().dispatch(Request.get("/v1/books/1")).status());
              }
            }
            """));
  }

  /**
   * "Filters and errors" and its sections: the filters, the order they run in, the error mapper in
   * the dispatcher it belongs to, CORS and request ids, each a method of one class whose fields are
   * the filters the later snippets name; the attribute parameters in an API of their own; a Reply's
   * API and implementation. Only what the README leaves to the user is added: where tokens come
   * from, the exception and the types the snippets name, the endpoints a {@code …} stands for.
   */
  private void writeFiltersAndErrors(Readme readme) throws IOException {
    String order = atPortZero(readme.snippet("filters-order"));
    int usersClass = order.indexOf("\nclass Users ");
    if (usersClass < 0) {
      throw new AssertionError("The filters-order snippet should end with class Users:\n" + order);
    }
    String users =
        order
            .substring(usersClass + 1)
            .replaceFirst("(?m)^ *…\n", USERS_ENDPOINTS + readme.snippet("error-mapper").indent(2));
    write(
        source("FiltersAndErrors"),
        javaFile(
            API_IMPORTS
                + """
                import dev.planned.jdk.*;
                import java.net.InetSocketAddress;
                import java.time.Duration;
                """,
            """
            final class FiltersAndErrors {
              /** Where the README's tokens come from: the user's own, here one fixed token. */
              private final Tokens tokens = new Tokens();

            %s
              JdkServer serve() throws Exception {
            %s    return server;
              }

              Router cors() {
            %s    return router;
              }

              Router requestIds() {
            %s    return router;
              }

            %s}
            """
                .formatted(
                    readme.snippet("filters").indent(2),
                    order.substring(0, usersClass + 1).indent(4),
                    readme.snippet("cors").indent(4),
                    readme.snippet("request-ids").indent(4),
                    users.indent(2))));
    write(
        source("Tokens"),
        javaFile(
            "import java.util.Optional;\n",
            """
            final class Tokens {
              Optional<User> userFor(String authorization) {
                return authorization.equals("Bearer demo-token")
                    ? Optional.of(new User(1, "Ada"))
                    : Optional.empty();
              }
            }
            """));
    write(
        source("UserNotFound"),
        javaFile(
            "",
            """
            final class UserNotFound extends RuntimeException {
              private static final long serialVersionUID = 1;
              private final long id;

              UserNotFound(long id) {
                super("No user " + id);
                this.id = id;
              }

              long id() {
                return id;
              }
            }
            """));
    write(
        source("AttributesApi"),
        javaFile(
            API_IMPORTS,
            "@Endpoint(\"/attributes\")\npublic interface AttributesApi {\n"
                + readme.snippet("attribute-parameters").indent(2)
                + "}\n"));
    write(source("Tenant"), javaFile("", "public record Tenant(String name) {}\n"));
    write(source("Quota"), javaFile("", "public record Quota(int left) {}\n"));
    write(source("Usage"), javaFile("", "public record Usage(String tenant, int left) {}\n"));
    // served apart from UsersApi, whose routes it shares: the warning says so, and this says why
    write(
        source("RepliesApi"),
        javaFile(
            API_IMPORTS,
            "@SuppressWarnings(\"planned\") // served apart from UsersApi\n"
                + "@Endpoint(\"/api\")\npublic interface RepliesApi {\n"
                + readme.snippet("reply-api").indent(2)
                + "}\n"));
    write(
        source("Replies"),
        javaFile(
            API_IMPORTS + "import java.net.URI;\n",
            """
            final class Replies extends RepliesApiDispatcher {
              /** The user's store, and the revision its ETag names. */
              private final UserStore users = new UserStore();
              private final long revision = 42;

            %s}
            """
                .formatted(readme.snippet("reply-implementation").indent(2))));
    write(
        source("UserStore"),
        javaFile(
            API_IMPORTS,
            """
            final class UserStore {
              private final Map<Long, User> users = new ConcurrentHashMap<>(Map.of(1L, new User(1, "Ada")));

              User add(NewUser user) {
                User added = new User(users.size() + 1, user.name());
                users.put(added.id(), added);
                return added;
              }

              Optional<User> find(long id) {
                return Optional.ofNullable(users.get(id));
              }
            }
            """));
  }

  /**
   * What the {@code …} of the filters' {@code Users} stands for: UsersApi's endpoints. User 1 is
   * known, any other throws the exception the README's error mapper maps, and a negative limit the
   * IllegalArgumentException its Router maps.
   */
  private static final String USERS_ENDPOINTS =
      """
        @Override public List<User> users(Optional<String> name, int limit) {
          if (limit < 0) {
            throw new IllegalArgumentException("limit " + limit);
          }
          return List.of(new User(1, "Ada"));
        }

        @Override public Optional<User> user(long id) {
          if (id != 1) {
            throw new UserNotFound(id);
          }
          return Optional.of(new User(1, "Ada"));
        }

        @Override public User create(NewUser user) {
          return new User(2, user.name());
        }

        @Override public void delete(long id) {
        }

        @Override public CompletionStage<Report> report(String name) {
          return CompletableFuture.completedFuture(new Report(name));
        }

      """;

  /**
   * Compiles the project and its test ({@code -Xlint:all -Werror} as the README's block sets) and
   * writes its runtime class path to {@code classpath.txt}, with Maven run on {@code javaHome}: the
   * artifacts from {@code staging}, everything else from the local repository the reactor filled
   * ({@code reactorRepository}), nothing from the network.
   */
  String build(Path mavenHome, Path javaHome, Path staging, Path reactorRepository)
      throws IOException, InterruptedException {
    write("settings.xml", settings(staging, reactorRepository));
    List<String> command =
        new ArrayList<>(
            List.of(
                mavenHome.resolve("bin/mvn").toString(),
                "-B",
                "-q",
                "-s",
                "settings.xml",
                "test-compile",
                "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath",
                "-Dmdep.outputFile=classpath.txt"));
    ProcessBuilder maven =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("build.log").toFile());
    maven.environment().put("JAVA_HOME", javaHome.toString());
    maven.environment().remove("MAVEN_OPTS");
    if (Runtime.version().feature() >= 24) {
      // Maven 3.8's own Guava warns about sun.misc.Unsafe on JDK 24 and later: not the project's
      maven.environment().put("MAVEN_OPTS", "--sun-misc-unsafe-memory-access=allow");
    }
    Process process = maven.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("The user project's build did not finish in 5 minutes");
    }
    // Maven 3.8 resets the terminal's colours even with -B and -Dstyle.color=never
    String log = Files.readString(dir.resolve("build.log")).replaceAll("\u001B\\[[0-9;]*m", "");
    if (process.exitValue() != 0) {
      throw new AssertionError(
          "The project made of README.md's snippets does not build (" + dir + "):\n" + log);
    }
    return log;
  }

  /** The class path to run the project: its classes, then its dependencies. */
  String runtimeClassPath() throws IOException {
    return dir.resolve("target/classes")
        + File.pathSeparator
        + Files.readString(dir.resolve("classpath.txt")).strip();
  }

  /**
   * The project's pom: coordinates, the README's dependencies and build block, and the servers the
   * Servers table names (the versions the reactor uses).
   */
  private static String pom(Readme readme) {
    String dependencies = readme.snippet("maven-dependencies");
    String servers =
        """
          <dependency>
            <groupId>dev.planned</groupId>
            <artifactId>planned-servlet</artifactId>
            <version>%s</version>
          </dependency>
          <dependency>
            <groupId>dev.planned</groupId>
            <artifactId>planned-jetty</artifactId>
            <version>%s</version>
          </dependency>
          <dependency>
            <groupId>dev.planned</groupId>
            <artifactId>planned-openapi</artifactId>
            <version>%s</version>
          </dependency>
          <dependency>
            <groupId>dev.planned</groupId>
            <artifactId>planned-openapi-ui</artifactId>
            <version>%s</version>
          </dependency>
          <dependency>
            <groupId>org.apache.tomcat.embed</groupId>
            <artifactId>tomcat-embed-core</artifactId>
            <version>%s</version>
          </dependency>
          <dependency>
            <groupId>org.eclipse.jetty.ee10</groupId>
            <artifactId>jetty-ee10-servlet</artifactId>
            <version>%s</version>
            <exclusions>
              <exclusion> <!-- Tomcat's core jar has the Servlet API already -->
                <groupId>jakarta.servlet</groupId>
                <artifactId>jakarta.servlet-api</artifactId>
              </exclusion>
            </exclusions>
          </dependency>
          <dependency>
            <groupId>org.junit.jupiter</groupId>
            <artifactId>junit-jupiter</artifactId>
            <version>%s</version>
            <scope>test</scope>
          </dependency>
        </dependencies>
        """
            .formatted(
                System.getProperty("planned.version"),
                System.getProperty("planned.version"),
                System.getProperty("planned.version"),
                System.getProperty("planned.version"),
                System.getProperty("tomcat.version"),
                System.getProperty("jetty.version"),
                System.getProperty("junit.version"));
    if (!dependencies.strip().endsWith("</dependencies>")) {
      throw new AssertionError(
          "The README's maven-dependencies snippet should be a whole"
              + " <dependencies> element:\n"
              + dependencies);
    }
    dependencies = dependencies.strip();
    dependencies =
        dependencies.substring(0, dependencies.length() - "</dependencies>".length()) + servers;
    return """
    <?xml version="1.0" encoding="UTF-8"?>
    <project xmlns="http://maven.apache.org/POM/4.0.0">
      <modelVersion>4.0.0</modelVersion>
      <groupId>com.example</groupId>
      <artifactId>library</artifactId>
      <version>1.0-SNAPSHOT</version>
      <properties>
        <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
        <!-- not the user's concern: Maven 3.8's default resources plugin (2.6) is one the
             reactor never resolved, and this build fetches nothing -->
        <resources.plugin>%s</resources.plugin>
      </properties>
    %s
    %s
    </project>
    """
        .formatted(
            System.getProperty("resources.plugin.version"),
            dependencies,
            withResourcesPluginPinned(readme.snippet("maven-compiler-plugin")));
  }

  private static String withResourcesPluginPinned(String build) {
    return build.replace(
        "<plugins>",
        """
        <plugins>
            <plugin>
              <artifactId>maven-resources-plugin</artifactId>
              <version>${resources.plugin}</version>
            </plugin>\
        """);
  }

  /**
   * Starts, in a JVM of its own, the server {@code args[0]} names from its README lines, on a free
   * port of every interface, prints {@code listening on <port>}, and serves until its standard
   * input closes.
   */
  private static String servers(Readme readme) {
    String jdkRow = atPortZero(readme.rowCode("JDK").get(0));
    String jettyRow = atPortZero(readme.rowCode("Jetty").get(0));
    String plannedJettyRow = atPortZero(readme.rowCode("**Jetty 12, set up").get(0));
    String tomcatRow = atPortZero(readme.rowCode("Tomcat").get(0));
    String tourStart = atPortZero(readme.snippet("tour-start"));
    String openApiStart = atPortZero(readme.snippet("openapi-serve"));
    return javaFile(
        """
        import dev.planned.Router;
        import dev.planned.jdk.*;
        import dev.planned.jetty.PlannedJetty;
        import dev.planned.openapi.OpenApi;
        import dev.planned.openapi.ui.SwaggerUi;
        import dev.planned.servlet.PlannedServlet;
        import java.net.InetSocketAddress;
        import org.apache.catalina.Context;
        import org.apache.catalina.startup.Tomcat;
        import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
        import org.eclipse.jetty.ee10.servlet.ServletHolder;
        import org.eclipse.jetty.server.Server;
        """,
        """
        public final class Servers {
          private Servers() {
          }

          static int tour() throws Exception {
            %s
            return server.port();
          }

          static int openApi() throws Exception {
            %s
            return server.port();
          }

          static int jdk() throws Exception {
            %s
            return server.port();
          }

          static int plannedJetty() throws Exception {
            %s
            return server.port();
          }

          static int jetty() throws Exception {
            Server server = new Server(0);
            ServletContextHandler context = new ServletContextHandler("/");
            %s
            server.setHandler(context);
            server.start();
            return server.getURI().getPort();
          }

          static int tomcat() throws Exception {
            %s
            // not getConnector(), which would create the connector the README's lines must create
            var connectors = tomcat.getService().findConnectors();
            if (connectors.length == 0) {
              throw new IllegalStateException("Tomcat started with no connector: nothing listens");
            }
            return connectors[0].getLocalPort();
          }

          /** A router of "Filters and errors", served on the JDK server. */
          static int serve(Router router) throws Exception {
            return JdkHttpServers.start(new InetSocketAddress(0), router).port();
          }

          public static void main(String[] args) throws Exception {
            int port;
            try {
              port = switch (args[0]) {
                case "tour" -> tour();
                case "openapi" -> openApi();
                case "jdk" -> jdk();
                case "planned-jetty" -> plannedJetty();
                case "jetty" -> jetty();
                case "tomcat" -> tomcat();
                case "filters" -> new FiltersAndErrors().serve().port();
                case "cors" -> serve(new FiltersAndErrors().cors());
                case "request-ids" -> serve(new FiltersAndErrors().requestIds());
                case "replies" -> serve(Router.of(new Replies()));
                default -> throw new IllegalArgumentException(args[0]);
              };
            } catch (Exception e) {
              // a server's threads would keep this JVM alive, and the check waiting
              System.out.println("failed: " + e);
              System.exit(1);
              return;
            }
            System.out.println("listening on " + port);
            System.in.readAllBytes();
            System.exit(0);
          }
        }
        """
            .formatted(
                tourStart.strip(),
                openApiStart.strip(),
                jdkRow,
                plannedJettyRow,
                jettyRow,
                tomcatRow));
  }

  /** The README serves on 8080; the check on a free port, so that it never clashes. */
  private static String atPortZero(String code) {
    return code.replace("8080", "0");
  }

  /**
   * A settings file whose only repository is the local one the reactor filled (file://, so nothing
   * is fetched), snapshots off there so that Planned comes from the staged artifacts.
   */
  private static String settings(Path staging, Path reactorRepository) {
    String repository =
        """
            <id>central</id>
            <url>%s</url>
            <releases><checksumPolicy>ignore</checksumPolicy></releases>
            <snapshots><enabled>false</enabled></snapshots>
        """
            .formatted(reactorRepository.toUri());
    return """
    <settings>
      <localRepository>%s</localRepository>
      <profiles>
        <profile>
          <id>reactor-repository</id>
          <repositories><repository>
    %s      </repository></repositories>
          <pluginRepositories><pluginRepository>
    %s      </pluginRepository></pluginRepositories>
        </profile>
      </profiles>
      <activeProfiles><activeProfile>reactor-repository</activeProfile></activeProfiles>
    </settings>
    """
        .formatted(staging, repository, repository);
  }

  private static String source(String className) {
    return "src/main/java/" + PACKAGE.replace('.', '/') + "/" + className + ".java";
  }

  private static String javaFile(String imports, String body) {
    return "package " + PACKAGE + ";\n\n" + imports + "\n" + body;
  }

  private void write(String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, UTF_8);
  }
}
