package dev.planned.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * Go 1.22's ServeMux rules as a client sees them, on each of {@link Servers}: {@code /{tail...}}
 * matches {@code /}, and a planned HEAD is not allowed.
 */
@OnEveryServer
class GoRoutingOverHttpTest {
  @Parameter Servers server;
  private RunningServer running;

  @BeforeParameterizedClassInvocation
  void start() {
    running = server.start(new GoRules());
  }

  @AfterParameterizedClassInvocation
  void stop() {
    running.close();
  }

  private Answer send(String method, String target) {
    return running.send(method, target, Map.of(), null);
  }

  @Test
  void restWildcardAtTheRootMatchesTheRootWithAnEmptyValue() {
    Answer answer = send("GET", "/");

    assertEquals(200, answer.status());
    assertEquals("tail []", answer.body());
  }

  @Test
  void restWildcardAtTheRootTakesEveryOtherPath() {
    assertEquals("tail [a/b/]", send("GET", "/a/b/").body());
    assertEquals("tail [statuses]", send("GET", "/statuses").body());
  }

  @Test
  void headOnTheRootIsTheRestWildcardsGet() {
    Answer answer = send("HEAD", "/");

    assertEquals(200, answer.status());
    assertEquals(Optional.of("7"), answer.header("Content-Length")); // "tail []"
    assertEquals("", answer.body());
  }

  @Test
  void optionsOnTheRootListsWhatTheRestWildcardServes() {
    Answer answer = send("OPTIONS", "/");

    assertEquals(204, answer.status());
    assertEquals(Optional.of("GET, HEAD, OPTIONS"), answer.header("Allow"));
  }

  @Test
  void anotherMethodOnTheRootIs405() {
    Answer answer = send("POST", "/");

    assertEquals(405, answer.status());
    assertEquals(Optional.of("GET, HEAD, OPTIONS"), answer.header("Allow"));
  }

  @Test
  void plannedHeadBesideAnImplementedGetIs501() {
    Answer answer = send("HEAD", "/status");

    assertEquals(501, answer.status());
    assertEquals("", answer.body());
    assertEquals("up", send("GET", "/status").body());
  }

  @Test
  void plannedHeadIsNotInAllow() {
    Answer options = send("OPTIONS", "/status");
    Answer notAllowed = send("DELETE", "/status");

    assertEquals(204, options.status());
    assertEquals(Optional.of("GET, POST, OPTIONS"), options.header("Allow"));
    assertEquals(405, notAllowed.status());
    assertEquals(Optional.of("GET, POST, OPTIONS"), notAllowed.header("Allow"));
  }
}
