package dev.planned.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.planned.HttpException;
import dev.planned.Problem;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Percent-decoding (RFC 3986) of path segments and query fields, strict about malformed input.
 * Matching a request's path never needs it for a segment without {@code %} ({@link RawPath}).
 */
public final class PercentDecoding {
  private PercentDecoding() {}

  /**
   * Decodes the path segment {@code rawPath[from, to)}: {@code +} stays {@code +}, and an encoded
   * {@code %2F} is a {@code /} inside the segment.
   *
   * @return the decoded segment, or {@code null} for a malformed escape or bytes that are not UTF-8
   */
  public static String segment(String rawPath, int from, int to) {
    return decode(rawPath, from, to, false);
  }

  /**
   * Parses an {@code application/x-www-form-urlencoded} query into its fields, in order.
   *
   * @throws HttpException 400 naming the field whose encoding is malformed
   */
  public static Map<String, List<String>> queryFields(String rawQuery) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    int start = 0;
    while (start < rawQuery.length()) {
      int end = rawQuery.indexOf('&', start);
      if (end < 0) {
        end = rawQuery.length();
      }
      if (end > start) {
        int equals = rawQuery.indexOf('=', start);
        int nameEnd = equals < 0 || equals > end ? end : equals;
        String name = decode(rawQuery, start, nameEnd, true);
        String value = nameEnd == end ? "" : decode(rawQuery, nameEnd + 1, end, true);
        if (name == null || value == null) {
          throw new HttpException(
              400,
              "The query field \""
                  + Problem.echo(rawQuery.substring(start, end))
                  + "\" is not valid percent-encoding.");
        }
        fields.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
      }
      start = end + 1;
    }
    fields.replaceAll((name, values) -> List.copyOf(values));
    return fields;
  }

  /** Decodes {@code s[from, to)}, or returns null for a bad escape or bytes that are not UTF-8. */
  private static String decode(String s, int from, int to, boolean plusIsSpace) {
    if (!needsDecoding(s, from, to, plusIsSpace)) {
      return s.substring(from, to); // the common case: one allocation
    }
    StringBuilder out = new StringBuilder(to - from);
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (c != '%') {
        out.append(c == '+' && plusIsSpace ? ' ' : c);
        i++;
        continue;
      }
      // A character's UTF-8 bytes are always escaped together, so each run of escapes decodes
      // alone.
      byte[] run = new byte[(to - i) / 3];
      int length = 0;
      while (i < to && s.charAt(i) == '%') {
        int high = i + 2 < to ? Character.digit(s.charAt(i + 1), 16) : -1;
        int low = i + 2 < to ? Character.digit(s.charAt(i + 2), 16) : -1;
        if (high < 0 || low < 0) {
          return null;
        }
        run[length++] = (byte) (high << 4 | low);
        i += 3;
      }
      try {
        out.append(
            UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(run, 0, length)));
      } catch (CharacterCodingException e) {
        return null;
      }
    }
    return out.toString();
  }

  private static boolean needsDecoding(String s, int from, int to, boolean plusIsSpace) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '%' || c == '+' && plusIsSpace) {
        return true;
      }
    }
    return false;
  }
}
