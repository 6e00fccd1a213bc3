package dev.planned;

import dev.planned.internal.JsonStrings;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An RFC 9457 problem details object, written as {@code application/problem+json}.
 *
 * <p>Immutable: every {@code with…} method returns a copy. Members with empty values are left out.
 * The type defaults to {@code about:blank}, whose title is by definition the status's reason
 * phrase.
 *
 * <p>Whatever a problem repeats of the request goes through {@link #echo} or {@link
 * #withRequestPath}: a client never gets back more than {@value #MAX_ECHO_LENGTH} characters of
 * what it sent.
 */
public final class Problem {
  /** The most characters of a client's value a problem repeats back to it. */
  public static final int MAX_ECHO_LENGTH = 100;

  private static final Set<String> STANDARD_MEMBERS =
      Set.of("type", "title", "status", "detail", "instance");

  /** Marks where an echoed value was cut. */
  private static final String CUT_MARK = "\u2026"; // …

  private final int status;
  private final String type;
  private final String title;
  private final String detail;
  private final String instance;
  private final Map<String, String> extensions;

  private Problem(
      int status,
      String type,
      String title,
      String detail,
      String instance,
      Map<String, String> extensions) {
    this.status = status;
    this.type = type;
    this.title = title;
    this.detail = detail;
    this.instance = instance;
    this.extensions = extensions;
  }

  /** A problem of type {@code about:blank} with the status's reason phrase as title. */
  public static Problem of(int status) {
    Response.checkStatus(status);
    return new Problem(status, "about:blank", Http.reason(status), "", "", Map.of());
  }

  /** The problem type URI; empty or null means {@code about:blank}. */
  public Problem withType(String type) {
    String uri = type == null || type.isEmpty() ? "about:blank" : type;
    return new Problem(status, uri, title, detail, instance, extensions);
  }

  public Problem withTitle(String title) {
    return new Problem(status, type, nonNull(title), detail, instance, extensions);
  }

  public Problem withDetail(String detail) {
    return new Problem(status, type, title, nonNull(detail), instance, extensions);
  }

  public Problem withInstance(String instance) {
    return new Problem(status, type, title, detail, nonNull(instance), extensions);
  }

  /**
   * The instance of a problem about a request: its path, as sent. A path longer than {@value
   * #MAX_ECHO_LENGTH} characters is left out rather than cut: {@code instance} must be a URI
   * reference (RFC 9457, section 3.1.5), which a cut mark would break, and a path cut short is
   * another path, which may well name another resource.
   */
  public Problem withRequestPath(String rawPath) {
    return withInstance(instanceOf(rawPath));
  }

  /** The instance member for a request path: the path, or empty (left out) if too long to echo. */
  static String instanceOf(String rawPath) {
    return rawPath == null || rawPath.length() > MAX_ECHO_LENGTH ? "" : rawPath;
  }

  /**
   * A value the client sent, made safe to repeat in a problem: its first {@value #MAX_ECHO_LENGTH}
   * characters, followed by {@code …} when it was longer. A surrogate pair is never split. The one
   * rule for every echo, in details and extension members alike; JSON escaping is done when the
   * problem is written.
   */
  public static String echo(String clientValue) {
    if (clientValue == null) {
      return "";
    }
    if (clientValue.length() <= MAX_ECHO_LENGTH) {
      return clientValue;
    }
    int end = MAX_ECHO_LENGTH;
    if (Character.isHighSurrogate(clientValue.charAt(end - 1))
        && Character.isLowSurrogate(clientValue.charAt(end))) {
      end--;
    }
    return clientValue.substring(0, end) + CUT_MARK;
  }

  /**
   * Adds an extension member; an empty value is left out of the JSON.
   *
   * @throws IllegalArgumentException for the name of a standard member ({@code type}, {@code
   *     title}, {@code status}, {@code detail}, {@code instance}), which the JSON would then have
   *     twice: set those with their own methods
   */
  public Problem with(String member, String value) {
    Objects.requireNonNull(member, "member");
    if (STANDARD_MEMBERS.contains(member)) {
      throw new IllegalArgumentException(
          "\""
              + member
              + "\" is a standard member of a problem,"
              + " not an extension: set it with its own method");
    }
    Map<String, String> copy = new LinkedHashMap<>(extensions);
    copy.put(member, nonNull(value));
    return new Problem(status, type, title, detail, instance, copy);
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return detail;
  }

  public String instance() {
    return instance;
  }

  /** The extension members in the order they were added, empty values included. */
  public Map<String, String> extensions() {
    return Map.copyOf(extensions);
  }

  public String toJson() {
    StringBuilder json = new StringBuilder(128);
    appendHead(json);
    appendInstance(json, instance);
    appendTail(json);
    return json.toString();
  }

  /** The problem as a response: its status, {@code application/problem+json}, and the JSON body. */
  public Response toResponse() {
    return Response.of(status, Http.PROBLEM_JSON, toJson().getBytes(StandardCharsets.UTF_8));
  }

  // The three parts below let a fixed problem be rendered once around a per-request instance
  // (see PlannedAnswer): the member order is type, title, status, detail, instance, extensions.

  void appendHead(StringBuilder json) {
    JsonStrings.append(json.append('{'), "type").append(':');
    JsonStrings.append(json, type);
    member(json, "title", title);
    json.append(",\"status\":").append(status);
    member(json, "detail", detail);
  }

  static void appendInstance(StringBuilder json, String instance) {
    member(json, "instance", instance);
  }

  void appendTail(StringBuilder json) {
    extensions.forEach((name, value) -> member(json, name, value));
    json.append('}');
  }

  /** Appends {@code ,"name":"value"}: every member but the leading type follows another. */
  private static void member(StringBuilder json, String name, String value) {
    if (value.isEmpty()) {
      return;
    }
    JsonStrings.append(json.append(','), name).append(':');
    JsonStrings.append(json, value);
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }

  @Override
  public String toString() {
    return toJson();
  }
}
