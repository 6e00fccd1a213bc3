package dev.planned.client;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of one path segment or one query name or value (RFC 3986): every byte of the
 * UTF-8 text but the unreserved characters ({@code A-Z a-z 0-9 - . _ ~}) is escaped, so a value's
 * {@code /}, {@code ?}, {@code #}, {@code %}, {@code +}, {@code &}, {@code =} and spaces reach the
 * server as data. The processor uses the same rule for a pattern's literal segments.
 */
public final class UriEncoding {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UriEncoding() {}

  /**
   * One path segment: as {@link #encode}, and a segment of exactly {@code .} or {@code ..} with its
   * dots escaped ({@code %2E}), since a server or proxy removes such a segment as it normalises the
   * path (RFC 3986, 5.2.4) and the request would reach another route. The server decodes {@code
   * %2E} back to the value sent.
   */
  public static String encodeSegment(String text) {
    return switch (text) {
      case "." -> "%2E";
      case ".." -> "%2E%2E";
      default -> encode(text);
    };
  }

  public static String encode(String text) {
    int i = 0;
    while (i < text.length() && isUnreserved(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text; // the common case: nothing to escape, nothing allocated
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (byte b : text.substring(i).getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (isUnreserved(c)) {
        out.append(c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
