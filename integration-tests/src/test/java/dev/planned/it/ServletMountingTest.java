package dev.planned.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planned.servlet.PlannedServlet;
import dev.planned.testing.CapturedLog;
import jakarta.servlet.ServletRegistration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The servlet under a context path and a prefix mapping, and registered the ways a web application
 * registers it, on both servlet containers.
 */
class ServletMountingTest {
  /** The containers log a servlet that fails to start; the tests that make it fail assert it. */
  @RegisterExtension final CapturedLog tomcatLog = CapturedLog.of("org.apache.catalina");

  @RegisterExtension final CapturedLog jettyLog = CapturedLog.of("org.eclipse.jetty");

  private static Answer get(RunningServer server, String target) {
    return server.send("GET", target, Map.of(), null);
  }

  @ParameterizedTest
  @EnumSource(
      value = Servers.class,
      names = {"JETTY", "TOMCAT"})
  void underAContextPathAndAPrefixRoutesTheRestOfThePath(Servers container) {
    try (RunningServer server =
        container.startContext(
            "/shop",
            (classes, context) -> PlannedServlet.register(context, "/api/*", new Library()))) {
      assertEquals("Dune", get(server, "/shop/api/v1/books/978-0").body());
      assertEquals(
          "file:a b/c",
          get(server, "/shop/api/v1/files/a%20b/c").body(),
          "the rest is still percent-encoded when routed");
      Answer unknown = get(server, "/shop/api/v1/nothing");
      assertEquals(404, unknown.status());
      assertTrue(unknown.body().contains("\"instance\":\"/v1/nothing\""), unknown.body());
      assertEquals(404, get(server, "/shop/api").status(), "the prefix alone is the path /");
      assertEquals(404, get(server, "/shop/v1/books/978-0").status(), "outside the mapping");
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Servers.class,
      names = {"JETTY", "TOMCAT"})
  void aPrefixOfSeveralSegmentsWithEncodedCharactersInIt(Servers container) {
    // the raw URI has "caf%C3%A9" where the decoded servlet path has "café": segments are
    // skipped by count, not by comparing text
    try (RunningServer server =
        container.startContext(
            "",
            (classes, context) ->
                PlannedServlet.register(context, "/caf\u00e9/api/*", new Library()))) {
      assertEquals("Dune", get(server, "/caf%C3%A9/api/v1/books/978-0").body());
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Servers.class,
      names = {"JETTY", "TOMCAT"})
  void asTheDefaultServletRoutesTheWholePath(Servers container) {
    try (RunningServer server =
        container.startContext(
            "/shop", (classes, context) -> PlannedServlet.register(context, "/", new Library()))) {
      assertEquals("Dune", get(server, "/shop/v1/books/978-0").body());
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Servers.class,
      names = {"JETTY", "TOMCAT"})
  void byClassNameWithInitParametersAsInWebXml(Servers container) {
    try (RunningServer server =
        container.startContext(
            "",
            (classes, context) -> {
              ServletRegistration.Dynamic servlet =
                  context.addServlet("planned", PlannedServlet.class);
              servlet.setInitParameter(
                  PlannedServlet.DISPATCHERS_PARAMETER,
                  Library.class.getName() + ", " + Authors.class.getName());
              servlet.setInitParameter(PlannedServlet.MAX_BODY_SIZE_PARAMETER, "4");
              servlet.setAsyncSupported(true);
              servlet.addMapping("/*");
            })) {
      assertEquals("author 7", get(server, "/v1/authors/7").body());
      assertEquals(201, server.send("PUT", "/v1/books/1", Map.of(), "Emma".getBytes()).status());
      Answer tooLarge = server.send("PUT", "/v1/books/2", Map.of(), "Persuasion".getBytes());
      assertEquals(413, tooLarge.status());
      assertTrue(tooLarge.body().contains("larger than the limit of 4 bytes"), tooLarge.body());
    }
  }

  private static RunningServer withMissingDispatcherClass(Servers container) {
    return container.startContext(
        "",
        (classes, context) -> {
          ServletRegistration.Dynamic servlet = context.addServlet("planned", PlannedServlet.class);
          servlet.setInitParameter(PlannedServlet.DISPATCHERS_PARAMETER, "com.example.Missing");
          servlet.setLoadOnStartup(1);
          servlet.addMapping("/*");
        });
  }

  @ParameterizedTest
  @EnumSource(
      value = Servers.class,
      names = {"JETTY"})
  void aDispatcherClassThatCannotBeBuiltFailsJettysStart(Servers container) {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> withMissingDispatcherClass(container).close());
    assertTrue(String.valueOf(e.getCause()).contains("No class com.example.Missing"), e.toString());
    assertEquals(
        List.of("WARNING unavailable: java.lang.ClassNotFoundException: com.example.Missing"),
        jettyLog.lines());
  }

  @ParameterizedTest
  @EnumSource(
      value = Servers.class,
      names = {"TOMCAT"})
  void aDispatcherClassThatCannotBeBuiltMakesTomcatAnswer500(Servers container) {
    // Tomcat logs the failed servlet and starts anyway (unless the context is set to
    // failCtxIfServletStartFails), then tries init again on each request and answers 500 with
    // its error report, which by default shows the exception's message: see the README
    try (RunningServer server = withMissingDispatcherClass(container)) {
      Answer answer = get(server, "/v1/books/978-0");

      assertEquals(500, answer.status());
      assertTrue(answer.body().contains("No class com.example.Missing"), answer.body());
      assertEquals(
          List.of(
              "SEVERE Servlet [planned] in web application [] threw load() exception:"
                  + " java.lang.ClassNotFoundException: com.example.Missing",
              "SEVERE Allocate exception for servlet [planned]:"
                  + " java.lang.ClassNotFoundException: com.example.Missing"),
          tomcatLog.lines());
    }
  }
}
