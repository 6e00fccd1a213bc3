package dev.planned.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.planned.HttpException;
import dev.planned.NotImplementedException;
import dev.planned.Plan;
import dev.planned.Reply;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The seed's scenario end to end, with the generated {@code UsersApiClient} against the running
 * example on each of {@link ExampleServers}: PATCH gets 501 with its plan, and the caller falls
 * back to the alternative, PUT.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(ExampleServers.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientFallbackTest {
  private static final Plan PATCH_PLAN =
      new Plan(
          "Partial updates are coming; send the whole user with PUT.", "2.0",
          "https://example.org/roadmap#patch-users", "PUT /api/users/{id}");

  @Parameter ExampleServers kind;
  private RunningExample server;
  private UsersApiClient users;

  @BeforeParameterizedClassInvocation
  void startServer() throws Exception {
    server = kind.start();
    users =
        UsersApiClient.builder(URI.create("http://127.0.0.1:" + server.port()))
            .header("Authorization", "Bearer " + ExampleApis.DEMO_TOKEN)
            .build();
  }

  @AfterParameterizedClassInvocation
  void stopServer() {
    server.close();
  }

  @Test
  void patchThrowsNotImplementedWithTheServersPlan() {
    User ada = users.create(new NewUser("Ada", "ada@example.org")).body();

    NotImplementedException e =
        assertThrows(
            NotImplementedException.class, () -> users.patch(ada.id(), Map.of("name", "Ada L.")));

    assertEquals(501, e.status());
    assertEquals(PATCH_PLAN, e.plan());
    assertEquals("PUT /api/users/{id}", e.plan().alternative());
    assertEquals("2.0", e.plan().release());
  }

  @Test
  void renamingFallsBackToReplace() {
    User grace = users.create(new NewUser("Grace", "grace@example.org")).body();

    User renamed = Renaming.rename(users, grace.id(), "Grace H.");

    assertEquals(new User(grace.id(), "Grace H.", "grace@example.org"), renamed);
    assertEquals(Optional.of(renamed), users.user(grace.id()));
  }

  @Test
  void theCompileTimePlanIsKnownWithoutARoundTrip() {
    assertEquals(Map.of("patch", PATCH_PLAN), UsersApiClient.plans());
  }

  @Test
  void aRefusalIsAnHttpExceptionWithTheServersDetail() {
    HttpException e =
        assertThrows(
            HttpException.class, () -> users.create(new NewUser("", "nobody@example.org")));

    assertEquals(422, e.status());
    assertEquals("A user needs a non-empty \"name\".", e.detail());
    assertEquals(Optional.empty(), users.user(999_999));
  }

  @Test
  void createReadsTheReplysStatusLocationAndUser() {
    Reply<User> created = users.create(new NewUser("Mary", "mary@example.org"));

    assertEquals(201, created.status());
    assertEquals(Optional.of("/api/users/" + created.body().id()), created.header("Location"));
    assertEquals(new User(created.body().id(), "Mary", "mary@example.org"), created.body());
    assertEquals(Optional.empty(), created.header("Content-Type"));
  }
}
