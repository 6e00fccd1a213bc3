package dev.planned;

import dev.planned.internal.PercentDecoding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * An HTTP request as a dispatcher sees it: method, raw (still percent-encoded) path and query,
 * headers with case-insensitive names, and a body that is read only when asked for.
 *
 * <p>Built by the server adapters, and easily in tests: {@code Request.get("/v1/books/1")}, {@code
 * Request.of("PUT", "/v1/books/1").withHeader("Content-Type", "text/plain").withBody("…")}. A
 * request belongs to one exchange and one thread: its body can be read once.
 */
public final class Request {
  /** The body size limit unless an adapter or test sets another: 1 MiB. */
  public static final long DEFAULT_MAX_BODY_SIZE = 1 << 20;

  private final String method;
  private final String path;
  private final String query;
  private final Map<String, List<String>> headers;
  private final InputStream bodySource;
  private final long maxBodySize;

  /**
   * The route the router matched, for filters and endpoints; null before routing or if none. Set by
   * the router in place rather than by a copy, so that routing allocates nothing: a request belongs
   * to one exchange, and is routed afresh each time it is dispatched.
   */
  private Route route;

  /** What filters attached; small, so copied whole on each {@link #withAttribute}. */
  private final Map<Attribute<?>, Object> attributes;

  private byte[] body;
  private Map<String, List<String>> queryParameters;

  private Request(
      String method,
      String path,
      String query,
      Map<String, List<String>> headers,
      InputStream bodySource,
      byte[] body,
      long maxBodySize,
      Route route,
      Map<Attribute<?>, Object> attributes) {
    this.method = method;
    this.path = path;
    this.query = query;
    this.headers = headers;
    this.bodySource = bodySource;
    this.body = body;
    this.maxBodySize = maxBodySize;
    this.route = route;
    this.attributes = attributes;
  }

  /** A GET of a request target such as {@code /v1/books?limit=2}. */
  public static Request get(String target) {
    return of("GET", target);
  }

  /**
   * A request with this method and target: an origin-form path with an optional raw query ({@code
   * /v1/books?limit=2}), or {@code *}. The target is taken as sent, still percent-encoded.
   */
  public static Request of(String method, String target) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(target, "target");
    int question = target.indexOf('?');
    String path = question < 0 ? target : target.substring(0, question);
    String query = question < 0 ? "" : target.substring(question + 1);
    return new Request(
        method,
        path.isEmpty() ? "/" : path,
        query,
        new TreeMap<>(String.CASE_INSENSITIVE_ORDER),
        null,
        new byte[0],
        DEFAULT_MAX_BODY_SIZE,
        null,
        Map.of());
  }

  /** A copy with one more value for a header. */
  public Request withHeader(String name, String value) {
    return withHeaders(Map.of(name, List.of(value)));
  }

  /** A copy with every value of every header in the map added. */
  public Request withHeaders(Map<String, List<String>> more) {
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.put(name, new ArrayList<>(values)));
    more.forEach(
        (name, values) -> {
          Objects.requireNonNull(name, "header name");
          values.forEach(value -> Objects.requireNonNull(value, name));
          copy.computeIfAbsent(name, n -> new ArrayList<>(values.size())).addAll(values);
        });
    copy.replaceAll((name, values) -> List.copyOf(values));
    return new Request(method, path, query, copy, bodySource, body, maxBodySize, route, attributes);
  }

  /** A copy with this body. */
  public Request withBody(byte[] body) {
    return new Request(
        method, path, query, headers, null, body.clone(), maxBodySize, route, attributes);
  }

  /** A copy with this text as its UTF-8 body. */
  public Request withBody(String text) {
    return withBody(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A copy whose body is read from this stream only if an endpoint asks for it, so that a request
   * answered without its body (a planned endpoint, a 404) never reads it. For server adapters.
   */
  public Request withBody(InputStream source) {
    return new Request(
        method,
        path,
        query,
        headers,
        Objects.requireNonNull(source, "source"),
        null,
        maxBodySize,
        route,
        attributes);
  }

  /**
   * A copy that refuses a body larger than {@code maxBytes} with 413 Content Too Large: at once if
   * {@code Content-Length} announces more, otherwise as soon as more arrives, never buffering it.
   */
  public Request withMaxBodySize(long maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("The body size limit must not be negative: " + maxBytes);
    }
    return new Request(method, path, query, headers, bodySource, body, maxBytes, route, attributes);
  }

  /**
   * A copy that also carries {@code value} under {@code key}, replacing any value under an equal
   * key: how a {@link Filter} hands what it established (the user, a request id) to later filters
   * and endpoints. The copy shares the body: read it from one request only.
   */
  public <T> Request withAttribute(Attribute<T> key, T value) {
    Objects.requireNonNull(key, "key");
    Object checked = key.type().cast(Objects.requireNonNull(value, "value"));
    return new Request(
        method,
        path,
        query,
        headers,
        bodySource,
        body,
        maxBodySize,
        route,
        withEntry(attributes, key, checked));
  }

  private static Map<Attribute<?>, Object> withEntry(
      Map<Attribute<?>, Object> attributes, Attribute<?> key, Object value) {
    if (attributes.isEmpty()) {
      // the usual case, a request id or a user on a request that had none: no map to copy
      return Map.of(key, value);
    }
    Map<Attribute<?>, Object> copy = new HashMap<>(attributes);
    copy.put(key, value);
    return Map.copyOf(copy);
  }

  /** The value a filter attached under this key, if any. */
  public <T> Optional<T> attribute(Attribute<T> key) {
    return Optional.ofNullable(key.type().cast(attributes.get(key)));
  }

  /** The keys of every attribute attached, in no particular order. */
  public Set<Attribute<?>> attributeKeys() {
    return attributes.keySet();
  }

  /**
   * The route the router matched for this request, planned or not ({@link Route#isPlanned()}), e.g.
   * {@code GET /v1/books/{isbn}}: what an access log or a metric names, never the raw path. For
   * HEAD answered by a GET route, that GET route. Empty where no route answers: 404, 405, OPTIONS
   * (the router answers it for the path), a method no endpoint declares (501), a bad request (400),
   * and a request not routed yet.
   */
  public Optional<Route> route() {
    return Optional.ofNullable(route);
  }

  /** Records the route the router matched, or none (null); for the router. */
  void routeTo(Route matched) {
    this.route = matched;
  }

  /** The matched route or null, without an {@code Optional}; for the router. */
  Route matchedRoute() {
    return route;
  }

  /** The largest body this request accepts, in bytes. */
  public long maxBodySize() {
    return maxBodySize;
  }

  /** The method token as sent, e.g. {@code GET}; methods are case-sensitive. */
  public String method() {
    return method;
  }

  /** The raw path, still percent-encoded, e.g. {@code /v1/files/a%20b}; {@code *} for OPTIONS *. */
  public String path() {
    return path;
  }

  /** The raw query without {@code ?}, still encoded; empty when there is none. */
  public String query() {
    return query;
  }

  /** The path and, if there is one, the query: the request target as sent. */
  public String target() {
    return query.isEmpty() ? path : path + "?" + query;
  }

  /** The first value of a header, if present. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Every value of a header in the order received; empty if absent. */
  public List<String> headers(String name) {
    return headers.getOrDefault(name, List.of());
  }

  /** The header names, case-insensitive, in order. */
  public Set<String> headerNames() {
    return Collections.unmodifiableSet(headers.keySet());
  }

  /** The first value of a query parameter, decoded as a form field ({@code +} is a space). */
  public Optional<String> queryParameter(String name) {
    List<String> values = queryParameters().get(name);
    return values == null ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Every value of a query parameter, decoded, in order; empty if absent. */
  public List<String> queryParameters(String name) {
    return queryParameters().getOrDefault(name, List.of());
  }

  /**
   * The whole body, read on first use.
   *
   * @throws HttpException 413 if it is larger than {@link #maxBodySize()}; 400 if the client
   *     stopped sending before the body was complete
   */
  public byte[] body() {
    return readBody().clone();
  }

  /** The body decoded as UTF-8. */
  public String bodyText() {
    return new String(readBody(), StandardCharsets.UTF_8);
  }

  /**
   * The body as a stream; the bytes already read if {@link #body()} was called first. Reading past
   * {@link #maxBodySize()} throws {@link HttpException} 413.
   */
  public InputStream bodyStream() {
    if (body != null) {
      checkSize(body.length);
      return new ByteArrayInputStream(body);
    }
    checkDeclaredLength();
    return new LimitedInputStream(bodySource, maxBodySize, this::tooLarge);
  }

  private byte[] readBody() {
    if (body == null) {
      checkDeclaredLength();
      // not closed: the server adapter owns the stream, and reads what is left of it (if anything)
      // before answering, so that the connection can serve the next request
      try {
        byte[] read = bodySource.readNBytes((int) Math.min(maxBodySize + 1, Integer.MAX_VALUE - 8));
        checkSize(read.length);
        body = read;
      } catch (IOException e) {
        throw new HttpException(400, "The request body could not be read completely.");
      }
    }
    checkSize(body.length);
    return body;
  }

  private void checkDeclaredLength() {
    Optional<String> declared = header("Content-Length");
    if (declared.isPresent()) {
      try {
        checkSize(Long.parseLong(declared.get().strip()));
      } catch (NumberFormatException e) {
        throw new HttpException(400, "The Content-Length header is not a number.");
      }
    }
  }

  private void checkSize(long length) {
    if (length > maxBodySize) {
      throw tooLarge();
    }
  }

  private HttpException tooLarge() {
    return new HttpException(
        413, "The request body is larger than the limit of " + maxBodySize + " bytes.");
  }

  private Map<String, List<String>> queryParameters() {
    if (queryParameters == null) {
      queryParameters = PercentDecoding.queryFields(query);
    }
    return queryParameters;
  }

  /** {@code GET /v1/books?limit=2}, then the {@link RequestIds request id} if it has one. */
  @Override
  public String toString() {
    Object id = attributes.get(RequestIds.ID);
    return method + " " + target() + (id == null ? "" : " (request id " + id + ")");
  }
}
