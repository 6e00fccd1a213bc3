package dev.planned.processor.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The main text of a Javadoc comment as a reader of the document wants it: block tags
 * ({@code @param}, {@code @return}…) left out, {@code {@code x}} and {@code {@link X}} as their
 * text, lines of a paragraph joined, paragraphs kept apart by a blank line.
 *
 * @param text the whole main text, never empty
 */
record Javadoc(String text) {
  private static final Pattern INLINE_TAG =
      Pattern.compile("\\{@(?:code|literal|link|linkplain|value)\\s+([^{}]*)}");

  /** The end of the first sentence, as the Javadoc tool finds it: a period and white space. */
  private static final Pattern SENTENCE_END = Pattern.compile("\\.(\\s|$)");

  /** The comment's main text, or empty for none or a comment with block tags only. */
  static Optional<Javadoc> of(String comment) {
    if (comment == null) {
      return Optional.empty();
    }
    List<String> paragraphs = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (String line : comment.split("\n", -1)) {
      String text = line.strip();
      if (text.startsWith("@")) {
        break; // the block tags end the main text
      }
      if (text.isEmpty() || text.startsWith("<p>")) {
        addParagraph(paragraphs, paragraph);
        text = text.isEmpty() ? text : text.substring(3).strip();
      }
      if (!text.isEmpty()) {
        paragraph.append(paragraph.length() == 0 ? "" : " ").append(text);
      }
    }
    addParagraph(paragraphs, paragraph);
    String text =
        INLINE_TAG
            .matcher(String.join("\n\n", paragraphs))
            .replaceAll(match -> Matcher.quoteReplacement(match.group(1).strip()));
    if (text.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Javadoc(text));
  }

  /** The first sentence. */
  String summary() {
    Matcher end = SENTENCE_END.matcher(text);
    return end.find() ? text.substring(0, end.start() + 1) : text;
  }

  /** What follows the first sentence, possibly empty. */
  String rest() {
    Matcher end = SENTENCE_END.matcher(text);
    return end.find() ? text.substring(end.end()).strip() : "";
  }

  private static void addParagraph(List<String> paragraphs, StringBuilder paragraph) {
    if (paragraph.length() > 0) {
      paragraphs.add(paragraph.toString());
      paragraph.setLength(0);
    }
  }
}
