package dev.planned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProblemTest {
  @Test
  void aboutBlankTakesTheReasonPhraseAsTitleAndLeavesOutEmptyMembers() {
    assertEquals(
        "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}",
        Problem.of(404).toJson());
  }

  @Test
  void membersComeInTheirOrderWithExtensionsLast() {
    Problem problem =
        Problem.of(409)
            .with("balance", "30")
            .withInstance("/accounts/1")
            .withDetail("Not \"enough\" credit.")
            .withType("https://example.com/probs/out-of-credit")
            .withTitle("Out of credit")
            .with("empty", "");

    assertEquals(
        "{\"type\":\"https://example.com/probs/out-of-credit\",\"title\":\"Out of"
            + " credit\",\"status\":409,\"detail\":\"Not \\\"enough\\\""
            + " credit.\",\"instance\":\"/accounts/1\",\"balance\":\"30\"}",
        problem.toJson());
  }

  @Test
  void becomesAProblemJsonResponse() {
    Response response = Problem.of(400).withDetail("Bad.").toResponse();

    assertEquals(400, response.status());
    assertEquals(Optional.of("application/problem+json"), response.header("content-type"));
    assertEquals(
        "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"Bad.\"}",
        response.bodyText());
  }

  @Test
  void statusWithoutAReasonPhraseGetsItsClassName() {
    assertEquals("Client Error", Problem.of(418).title());
  }

  @Test
  void echoKeepsAValueOfAtMostOneHundredCharacters() {
    String hundred = "a".repeat(100);

    assertEquals(hundred, Problem.echo(hundred));
    assertEquals("", Problem.echo(null));
  }

  @Test
  void echoCutsALongerValueToItsFirstHundredCharactersAndMarksTheCut() {
    assertEquals("a".repeat(100) + "\u2026", Problem.echo("a".repeat(101)));
    assertEquals("b".repeat(100) + "\u2026", Problem.echo("b".repeat(10_000)));
  }

  @Test
  void echoNeverSplitsASurrogatePair() {
    String value = "a".repeat(99) + "\uD83D\uDE00" + "tail"; // the pair at 99 and 100

    assertEquals("a".repeat(99) + "\u2026", Problem.echo(value));
  }

  @Test
  void requestPathIsTheInstanceUpToOneHundredCharactersAndLeftOutBeyond() {
    String hundred = "/" + "a".repeat(99);

    assertEquals(hundred, Problem.of(404).withRequestPath(hundred).instance());
    assertEquals("", Problem.of(404).withRequestPath(hundred + "a").instance());
    assertEquals(
        "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}",
        Problem.of(404).withRequestPath("/a".repeat(10_000)).toJson());
  }

  @Test
  void extensionCannotTakeTheNameOfAStandardMember() {
    for (String standard : new String[] {"type", "title", "status", "detail", "instance"}) {
      assertThrows(
          IllegalArgumentException.class, () -> Problem.of(400).with(standard, "x"), standard);
    }
  }
}
