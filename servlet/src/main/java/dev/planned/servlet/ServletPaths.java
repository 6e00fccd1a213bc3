package dev.planned.servlet;

import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.MappingMatch;

/**
 * The request target a dispatcher routes: the part of the path after the context path and the
 * servlet's prefix mapping, raw as the client sent it, with the raw query.
 *
 * <p>The servlet API gives the context path and servlet path decoded (and, for some containers,
 * normalized), but routes need the raw path, where {@code %2F} is not a separator. So the number of
 * segments the context path and the mapping prefix take is counted, and that many segments are
 * skipped in the raw request URI.
 */
final class ServletPaths {
  private ServletPaths() {}

  static String routedTarget(HttpServletRequest request) {
    String path = routedPath(request);
    String query = request.getQueryString();
    return query == null ? path : path + "?" + query;
  }

  static String routedPath(HttpServletRequest request) {
    String uri = request.getRequestURI();
    if (uri.equals("*")) {
      return uri; // OPTIONS *, on containers that let it through
    }
    int skipped =
        segments(request.getContextPath()) + mappedSegments(request.getHttpServletMapping());
    return skipSegments(uri, skipped);
  }

  /**
   * Segments of the mapping's fixed prefix: {@code /api/*} has one, {@code /*} and {@code /} none.
   */
  private static int mappedSegments(HttpServletMapping mapping) {
    if (mapping == null || mapping.getMappingMatch() != MappingMatch.PATH) {
      return 0; // default, context-root, exact and extension mappings see the whole path
    }
    String pattern = mapping.getPattern(); // "/api/*"
    return segments(pattern.substring(0, pattern.length() - 2));
  }

  /** {@code ""} has none, {@code "/shop"} one, {@code "/shop/eu"} two. */
  private static int segments(String decodedPrefix) {
    int count = 0;
    for (int i = 0; i < decodedPrefix.length(); i++) {
      if (decodedPrefix.charAt(i) == '/') {
        count++;
      }
    }
    return count;
  }

  /**
   * Whether a raw path has a {@code .} or {@code ..} segment, plain or percent-encoded. The
   * container resolves them before it maps the request (and applies security constraints), while
   * routes see the raw path: serving such a path could reach an endpoint the container's mapping
   * did not mean. Clients resolve dot segments before sending (RFC 3986, section 5.2.4).
   */
  static boolean hasDotSegment(String rawPath) {
    for (String segment : rawPath.split("/", -1)) {
      String decoded = segment.replace("%2E", ".").replace("%2e", ".");
      if (decoded.equals(".") || decoded.equals("..")) {
        return true;
      }
    }
    return false;
  }

  /** {@code /shop/api/v1/x} without 2 segments is {@code /v1/x}; the prefix alone is {@code /}. */
  static String skipSegments(String rawPath, int count) {
    int at = 0;
    for (int i = 0; i < count; i++) {
      at = rawPath.indexOf('/', at + 1);
      if (at < 0) {
        return "/";
      }
    }
    return rawPath.substring(at);
  }
}
