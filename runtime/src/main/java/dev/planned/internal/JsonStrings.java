package dev.planned.internal;

/**
 * JSON string literals (RFC 8259, section 7), escaped for any input: the one escaping of the
 * runtime's problem bodies and the processor's OpenAPI documents. Quote, backslash and every
 * control character (DEL included: escaping it is always valid JSON, and keeps it out of logs and
 * terminals) are escaped, with the short forms where JSON has one; a lone surrogate, which UTF-8
 * cannot carry, as a {@code \\u} escape; everything else as it is, {@code /} and HTML included.
 */
public final class JsonStrings {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonStrings() {}

  /** Appends {@code value} as a JSON string literal, quotes included, and returns {@code out}. */
  public static StringBuilder append(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == 0x7f || isLoneSurrogate(value, i)) {
            appendUnicodeEscape(out, c);
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }

  /** {@code value} as a JSON string literal, quotes included. */
  public static String quote(String value) {
    return append(new StringBuilder(value.length() + 2), value).toString();
  }

  private static boolean isLoneSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return false;
  }

  private static void appendUnicodeEscape(StringBuilder out, char c) {
    out.append("\\u")
        .append(HEX[(c >> 12) & 0xf])
        .append(HEX[(c >> 8) & 0xf])
        .append(HEX[(c >> 4) & 0xf])
        .append(HEX[c & 0xf]);
  }
}
