package dev.planned.internal;

/**
 * The RFC 9110 token grammar (section 5.6.2), the one rule for methods and header names: the
 * runtime checks requests and responses with it, and the processor checks annotation values with
 * it, so that both agree on what a token is.
 */
public final class HttpTokens {
  private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

  private HttpTokens() {}

  /** Whether {@code s} is a non-empty token: ASCII letters, digits and {@code !#$%&'*+-.^_`|~}. */
  public static boolean isToken(String s) {
    if (s == null || s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!isTokenChar(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTokenChar(char c) {
    if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
      return true;
    }
    return TOKEN_SYMBOLS.indexOf(c) >= 0;
  }
}
