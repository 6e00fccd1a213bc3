package dev.planned.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.planned.processor.report.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of {@link Message}s against the tests and the README: every message has a test that
 * provokes it and asserts its text, every id is unique and says the message's kind, and the
 * README's table of messages is the enum's.
 */
class MessageCatalogueTest {
  /**
   * Messages no compilation can provoke, each with why. Kept short: a message here has no test of
   * its text, so it must be one that only a bug in Planned produces.
   */
  private static final Map<Message, String> NOT_PROVOKED =
      Map.of(
          Message.PROCESSOR_FAILED,
          "only a bug in Planned throws out of a round; every compilation"
              + " in the tests checks that it never appears (Compilations.compile)");

  private static final Path TESTS = Path.of("src/test/java");
  private static final Path README = Path.of("../README.md");
  private static final String TABLE_START =
      "<!-- messages: generated from Message, checked by" + " MessageCatalogueTest -->";
  private static final String TABLE_END = "<!-- /messages -->";

  @Test
  void idsAreUniqueAndSayTheKind() {
    Set<String> ids = new HashSet<>();
    for (Message message : Message.values()) {
      assertWithMessage("id of %s", message).that(ids.add(message.id())).isTrue();
      char kind =
          switch (message.kind()) {
            case ERROR -> 'E';
            case WARNING -> 'W';
            default -> 'N';
          };
      assertWithMessage("id of %s", message)
          .that(message.id())
          .matches("PLANNED-" + kind + "\\d{3}");
    }
  }

  /**
   * Each message's text, but for its arguments, appears in some test's source: a test provokes it
   * and asserts what the user reads. Test sources are read with their string concatenations joined
   * and escapes undone, since long messages are split over lines there.
   */
  @Test
  void everyMessageHasATestThatProvokesIt() throws IOException {
    String tests = testSources();
    List<String> untested = new ArrayList<>();
    for (Message message : Message.values()) {
      if (NOT_PROVOKED.containsKey(message)) {
        continue;
      }
      for (String fragment : literalFragments(message)) {
        if (!tests.contains(fragment)) {
          untested.add(message + " (" + message.id() + "): \"" + fragment + "\"");
          break;
        }
      }
    }
    assertWithMessage("messages whose text no test asserts").that(untested).isEmpty();
  }

  @Test
  void readmeListsEveryMessage() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf(TABLE_START);
    int end = readme.indexOf(TABLE_END);
    assertWithMessage("README's markers of the message table")
        .that(start >= 0 && end > start)
        .isTrue();
    String table = readme.substring(start + TABLE_START.length(), end).strip();
    assertWithMessage("README's message table, regenerated from Message (replace it with this)")
        .that(table)
        .isEqualTo(table());
  }

  /** The README's table: one row per message, in id order, arguments shown as "…". */
  static String table() {
    return Stream.concat(
            Stream.of("| id | kind | message |", "|---|---|---|"),
            Arrays.stream(Message.values())
                .sorted(Comparator.comparing(Message::id))
                .map(
                    message ->
                        "| "
                            + message.id()
                            + " | "
                            + message.kind().toString().toLowerCase(java.util.Locale.ROOT)
                            + " | "
                            + message.format().replaceAll("%[sd]", "…").replace("|", "\\|")
                            + " |"))
        .collect(Collectors.joining("\n"));
  }

  /** The parts of the format between arguments that are long enough to tell messages apart. */
  private static List<String> literalFragments(Message message) {
    return Arrays.stream(message.format().split("%[sd]"))
        .filter(fragment -> fragment.strip().length() >= 8)
        .toList();
  }

  private static String testSources() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(TESTS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        if (!file.getFileName().toString().equals("MessageCatalogueTest.java")) {
          all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
        }
      }
    }
    return all.toString()
        .replaceAll("\"\\s*\\+\\s*\"", "")
        .replace("\\\"", "\"")
        .replace("\\\\", "\\");
  }

  @Test
  void notProvokedMessagesAreErrorsOfPlannedItself() {
    for (Message message : NOT_PROVOKED.keySet()) {
      assertThat(message.kind()).isEqualTo(Diagnostic.Kind.ERROR);
    }
  }
}
