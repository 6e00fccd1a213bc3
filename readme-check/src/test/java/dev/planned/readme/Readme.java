package dev.planned.readme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README as the check reads it: fenced code blocks (indented ones in list items too), those
 * marked with an invisible {@code <!-- snippet: name -->} line just above, and the code spans of a
 * table row.
 */
final class Readme {
  private static final Pattern MARKER = Pattern.compile("<!-- snippet: ([a-z0-9-]+) -->");
  private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");

  /** A fenced block: what follows its opening fence, and the snippet name marking it, if any. */
  record Block(String name, String text) {}

  private final List<String> lines;
  private final List<Block> blocks = new ArrayList<>();

  private Readme(List<String> lines) {
    this.lines = lines;
    String marker = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher m = MARKER.matcher(line.strip());
      if (m.matches()) {
        marker = m.group(1);
      } else if (line.strip().startsWith("```")) {
        // a block in a list item is indented as its item is: its lines are read without that
        int indent = line.indexOf("```");
        StringBuilder text = new StringBuilder();
        for (i++; i < lines.size() && !lines.get(i).strip().startsWith("```"); i++) {
          String inside = lines.get(i);
          text.append(inside.substring(Math.min(indent, leadingSpaces(inside)))).append('\n');
        }
        blocks.add(new Block(marker, text.toString()));
        marker = null;
      } else if (!line.isBlank()) {
        marker = null; // a marker names the block right below it, nothing further down
      }
    }
  }

  private static int leadingSpaces(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }

  static Readme read(Path file) throws IOException {
    return new Readme(Files.readAllLines(file));
  }

  /** The block marked {@code <!-- snippet: name -->}. */
  String snippet(String name) {
    List<String> found =
        blocks.stream().filter(b -> name.equals(b.name())).map(Block::text).toList();
    if (found.size() != 1) {
      throw new AssertionError(
          "README.md has "
              + found.size()
              + " blocks marked <!-- snippet: "
              + name
              + " -->, expected one");
    }
    return found.get(0);
  }

  /** The one block that starts with {@code start}: an output the README shows, unmarked. */
  String blockStartingWith(String start) {
    List<String> found =
        blocks.stream().map(Block::text).filter(text -> text.startsWith(start)).toList();
    if (found.size() != 1) {
      throw new AssertionError(
          "README.md has "
              + found.size()
              + " blocks starting with \""
              + start
              + "\", expected one");
    }
    return found.get(0);
  }

  List<Block> blocks() {
    return blocks;
  }

  /** The code spans of the table row whose first cell starts with {@code firstCell}. */
  List<String> rowCode(String firstCell) {
    List<String> rows = lines.stream().filter(l -> l.startsWith("| " + firstCell)).toList();
    if (rows.size() != 1) {
      throw new AssertionError(
          "README.md has "
              + rows.size()
              + " table rows starting with \"| "
              + firstCell
              + "\", expected one");
    }
    String[] cells = rows.get(0).split(" \\| ");
    List<String> spans = new ArrayList<>();
    Matcher m = CODE_SPAN.matcher(cells[cells.length - 1]);
    while (m.find()) {
      spans.add(m.group(1));
    }
    return spans;
  }
}
