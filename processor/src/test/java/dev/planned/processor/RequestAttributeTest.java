package dev.planned.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.planned.processor.Compilations.api;
import static dev.planned.processor.Compilations.assertErrorAt;
import static dev.planned.processor.Compilations.compile;
import static dev.planned.processor.Compilations.compileWithOptions;
import static dev.planned.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.planned.Dispatcher;
import dev.planned.Request;
import dev.planned.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Parameters bound to what filters attach ({@code @RequestAttribute}, {@code @Principal}): the
 * generated binding, compiled warning-free and called in memory, and the compile errors.
 */
class RequestAttributeTest {
  @Test
  void bindsAttachedValuesTypedAndOptional() throws ReflectiveOperationException {
    Compilation compilation =
        compileWithOptions(
            List.of("-Xlint:all", "-Werror"),
            source(
                "test.AccountApi",
                "import dev.planned.Principal;",
                "import dev.planned.RequestAttribute;",
                "public interface AccountApi {",
                "  record User(String name) {}",
                "  @Endpoint(\"GET /me\") String me(@Principal User user,",
                "      @RequestAttribute(\"tenant\") java.util.Optional<String> tenant);",
                "  @Endpoint(\"GET /quota\") String quota(@RequestAttribute(\"quota\") Integer"
                    + " quota);",
                "}"),
            // the filter attaches the principal, and the tenant only when a header names one
            source(
                "test.Account",
                "import dev.planned.Attribute;",
                "import dev.planned.Filter;",
                "import java.util.List;",
                "public final class Account extends AccountApiDispatcher {",
                "  @Override public String me(User user, java.util.Optional<String> tenant) {",
                "    return user.name() + \" of \" + tenant.orElse(\"no tenant\");",
                "  }",
                "  @Override public String quota(Integer quota) { return \"quota \" + quota; }",
                "  @Override protected List<Filter> filters() {",
                "    return List.of((request, next) -> {",
                "      Request withUser = request.withAttribute(",
                "          Attribute.principal(AccountApi.User.class), new"
                    + " AccountApi.User(\"ada\"));",
                "      return next.proceed(request.header(\"X-Tenant\")",
                "          .map(t -> withUser.withAttribute(Attribute.of(\"tenant\", String.class),"
                    + " t))",
                "          .orElse(withUser));",
                "    });",
                "  }",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    Dispatcher account =
        new GeneratedClasses(compilation).instantiate("test.Account", Dispatcher.class);

    assertThat(account.dispatch(Request.get("/me")).bodyText()).isEqualTo("ada of no tenant");
    assertThat(account.dispatch(Request.get("/me").withHeader("X-Tenant", "acme")).bodyText())
        .isEqualTo("ada of acme");

    List<LogRecord> logged = new CopyOnWriteArrayList<>();
    Logger logger = Logger.getLogger("dev.planned");
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logged.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    boolean parentHandlers = logger.getUseParentHandlers();
    logger.setUseParentHandlers(false);
    logger.addHandler(capture);
    Response missing;
    try {
      missing = account.dispatch(Request.get("/quota"));
    } finally {
      logger.removeHandler(capture);
      logger.setUseParentHandlers(parentHandlers);
    }
    assertThat(missing.status()).isEqualTo(500);
    assertThat(missing.bodyText()).doesNotContain("quota (");
    assertThat(logged).hasSize(1);
    assertThat(logged.get(0).getLevel()).isEqualTo(Level.SEVERE);
    assertThat(logged.get(0).getThrown())
        .hasMessageThat()
        .startsWith(
            "No filter attached the"
                + " request attribute quota (java.lang.Integer) that quota() needs.");
  }

  /** A client cannot send what the server's filters attach: it leaves those parameters out. */
  @Test
  void aClientSendsNoAttributes() {
    Compilation compilation =
        compileWithOptions(
            List.of("-Xlint:all", "-Werror"),
            source(
                "test.NotesApi",
                "@dev.planned.Client",
                "public interface NotesApi {",
                "  @Endpoint(\"POST /notes\") String add(@dev.planned.Principal String caller,",
                "      @Body String note);",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.NotesApiClient")
        .contentsAsUtf8String()
        .contains(".text(note)");
    assertThat(compilation)
        .generatedSourceFile("test.NotesApiClient")
        .contentsAsUtf8String()
        .doesNotContain("caller)");
  }

  @Test
  void primitiveHasNoKey() {
    assertOnlyError(
        "quota)",
        "Parameter quota of quota() is the primitive int, which no attribute key can hold: a key is"
            + " Attribute.of(name, Class), so the type must be a class or interface without type"
            + " arguments (use Integer), or Optional of one. Wrap the value in a record of your"
            + " own.",
        "interface Api {",
        "  @Endpoint(\"GET /quota\")",
        "  Response quota(@dev.planned.RequestAttribute(\"quota\") int quota);",
        "}");
  }

  @Test
  void genericTypeHasNoKey() {
    assertOnlyError(
        "roles)",
        "Parameter roles of me() is the generic type List<String>, which no attribute key can hold:"
            + " a key is Attribute.of(name, Class), so the type must be a class or interface"
            + " without type arguments (such as User), or Optional of one. Wrap the value in a"
            + " record of your own.",
        "interface Api {",
        "  @Endpoint(\"GET /me\")",
        "  Response me(@dev.planned.RequestAttribute(\"roles\") java.util.List<String> roles);",
        "}");
  }

  @Test
  void principalWithQuery() {
    assertOnlyError(
        "user)",
        "Parameter user of me() has @Principal together with another of @RequestAttribute,"
            + " @Principal, @Query, @Header and @Body: keep the one it comes from.",
        "interface Api {",
        "  @Endpoint(\"GET /me\")",
        "  Response me(@dev.planned.Principal @Query String user);",
        "}");
  }

  @Test
  void emptyAttributeName() {
    assertOnlyError(
        "\"\"",
        "@RequestAttribute on parameter user of me() has an empty name: give"
            + " the name the filter attaches it under, as in Attribute.of(\"user\", User.class).",
        "interface Api {",
        "  @Endpoint(\"GET /me\")",
        "  Response me(@dev.planned.RequestAttribute(\"\") String user);",
        "}");
  }

  private static void assertOnlyError(String marker, String message, String... lines) {
    JavaFileObject api = api(lines);
    Compilation compilation = compile(api);
    assertErrorAt(compilation, api, marker, message);
    assertThat(compilation).hadErrorCount(1);
  }
}
