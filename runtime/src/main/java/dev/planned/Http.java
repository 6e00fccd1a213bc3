package dev.planned;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** HTTP vocabulary from RFC 9110 that the runtime needs in several places. */
final class Http {
  static final String PROBLEM_JSON = "application/problem+json";
  static final String TEXT_UTF8 = "text/plain; charset=utf-8";

  /** The order {@code Allow} lists methods in; others follow alphabetically, OPTIONS last. */
  private static final List<String> CONVENTIONAL_ORDER =
      List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");

  private static final Map<Integer, String> REASONS =
      Map.ofEntries(
          Map.entry(200, "OK"),
          Map.entry(201, "Created"),
          Map.entry(202, "Accepted"),
          Map.entry(204, "No Content"),
          Map.entry(301, "Moved Permanently"),
          Map.entry(302, "Found"),
          Map.entry(303, "See Other"),
          Map.entry(304, "Not Modified"),
          Map.entry(307, "Temporary Redirect"),
          Map.entry(308, "Permanent Redirect"),
          Map.entry(400, "Bad Request"),
          Map.entry(401, "Unauthorized"),
          Map.entry(403, "Forbidden"),
          Map.entry(404, "Not Found"),
          Map.entry(405, "Method Not Allowed"),
          Map.entry(406, "Not Acceptable"),
          Map.entry(408, "Request Timeout"),
          Map.entry(409, "Conflict"),
          Map.entry(410, "Gone"),
          Map.entry(411, "Length Required"),
          Map.entry(412, "Precondition Failed"),
          Map.entry(413, "Content Too Large"),
          Map.entry(414, "URI Too Long"),
          Map.entry(415, "Unsupported Media Type"),
          Map.entry(422, "Unprocessable Content"),
          Map.entry(428, "Precondition Required"),
          Map.entry(429, "Too Many Requests"),
          Map.entry(500, "Internal Server Error"),
          Map.entry(501, "Not Implemented"),
          Map.entry(502, "Bad Gateway"),
          Map.entry(503, "Service Unavailable"),
          Map.entry(504, "Gateway Timeout"));

  private Http() {}

  /**
   * The reason phrase of a status code, or a generic one for its class when RFC 9110 names none.
   */
  static String reason(int status) {
    String reason = REASONS.get(status);
    if (reason != null) {
      return reason;
    }
    return switch (status / 100) {
      case 1 -> "Informational";
      case 2 -> "Success";
      case 3 -> "Redirection";
      case 4 -> "Client Error";
      default -> "Server Error";
    };
  }

  /** The value of an {@code Allow} header for these methods, in a stable, conventional order. */
  static String allowHeader(Collection<String> methods) {
    return methods.stream()
        .distinct()
        .sorted(Comparator.comparingInt(Http::rank).thenComparing(Comparator.naturalOrder()))
        .collect(Collectors.joining(", "));
  }

  private static int rank(String method) {
    int conventional = CONVENTIONAL_ORDER.indexOf(method);
    if (conventional >= 0) {
      return conventional;
    }
    return method.equals("OPTIONS") ? CONVENTIONAL_ORDER.size() + 1 : CONVENTIONAL_ORDER.size();
  }
}
