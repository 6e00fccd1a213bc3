package dev.planned;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A typed endpoint result with its own status and headers: a body written as the endpoint's result
 * type is written ({@code String} as text, {@code byte[]} as bytes, anything else as JSON through
 * the codec), answered with this status and these headers. Immutable; the {@code with…} methods
 * return copies.
 *
 * <pre>{@code
 * @Endpoint(value = "POST /users", status = 201)
 * Reply<User> create(@Body NewUser user);
 * ...
 * return Reply.created(URI.create("/api/users/" + user.id()), user);
 * }</pre>
 *
 * <p>A reply always has a body, so its status is a 2xx that carries one: 204 and 205 have none
 * (return {@code void}, or a {@link Response}), and errors are thrown as {@link HttpException}. The
 * status is checked when the reply is made. Header names and values are checked as {@link
 * Response#withHeader} checks them; {@code Content-Type} comes from the body's type and {@code
 * Content-Length} and {@code Transfer-Encoding} from the server, so a reply cannot set them.
 *
 * @param <T> the type of the body
 */
public final class Reply<T> {
  /** Headers that the body's type or the server decides; setting one would contradict them. */
  private static final Set<String> DECIDED_ELSEWHERE =
      Set.of("content-type", "content-length", "transfer-encoding");

  private final int status;
  private final T body;
  private final Map<String, List<String>> headers;

  private Reply(int status, T body, Map<String, List<String>> headers) {
    this.status = status;
    this.body = body;
    this.headers = headers;
  }

  /** 200 OK with this body. */
  public static <T> Reply<T> ok(T body) {
    return status(200, body);
  }

  /**
   * 201 Created with this body and a {@code Location} naming the new resource (RFC 9110 15.3.2),
   * written as given: a relative reference such as {@code /api/users/7} is resolved by the client
   * against the request's URI.
   */
  public static <T> Reply<T> created(URI location, T body) {
    Objects.requireNonNull(location, "location");
    return status(201, body).withHeaderSet("Location", location.toASCIIString());
  }

  /** 202 Accepted with this body, e.g. where to follow the work it started. */
  public static <T> Reply<T> accepted(T body) {
    return status(202, body);
  }

  /**
   * A reply with this status and body.
   *
   * @throws IllegalArgumentException if the status is not a 2xx that carries a body (204 and 205 do
   *     not)
   */
  public static <T> Reply<T> status(int status, T body) {
    if (status < 200 || status > 299) {
      throw new IllegalArgumentException(
          "A Reply's status is a success (2xx), not "
              + status
              + ": throw HttpException for an error, or return a Response");
    }
    if (status == 204 || status == 205) {
      throw new IllegalArgumentException(
          "Status "
              + status
              + " has no body, and a Reply has one:"
              + " return void or a Response instead");
    }
    Objects.requireNonNull(body, "body");
    return new Reply<>(status, body, Headers.none());
  }

  public int status() {
    return status;
  }

  public T body() {
    return body;
  }

  /** The first value of a header, if present; names are case-insensitive. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null ? Optional.empty() : Optional.of(values.get(0));
  }

  /** All headers, names case-insensitive, in name order; values in the order added. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** A copy with one more value for the header. */
  public Reply<T> withHeader(String name, String value) {
    check(name, value);
    return new Reply<>(status, body, Headers.adding(headers, name, value));
  }

  /** A copy in which the header has exactly this value. */
  public Reply<T> withHeaderSet(String name, String value) {
    check(name, value);
    return new Reply<>(status, body, Headers.setting(headers, name, value));
  }

  /**
   * A copy with a strong {@code ETag} of this opaque value, quoted as RFC 9110 8.8.3 writes it:
   * {@code etag("v7")} sends {@code ETag: "v7"}.
   *
   * @throws IllegalArgumentException if the value has a character an entity tag cannot carry (a
   *     double quote, a control character, a space)
   */
  public Reply<T> withETag(String opaqueValue) {
    for (int i = 0; i < opaqueValue.length(); i++) {
      char c = opaqueValue.charAt(i);
      // etagc = %x21 / %x23-7E / obs-text
      if (c <= 0x20 || c == '"' || c == 0x7F || c > 0xFF) {
        throw new IllegalArgumentException(
            "An entity tag cannot carry the character at index " + i + " of the value");
      }
    }
    return withHeaderSet("ETag", "\"" + opaqueValue + "\"");
  }

  /** A copy whose {@code Cache-Control} is exactly this, e.g. {@code "max-age=60"}. */
  public Reply<T> withCacheControl(String directives) {
    return withHeaderSet("Cache-Control", directives);
  }

  private static void check(String name, String value) {
    Response.checkHeader(name, value);
    if (DECIDED_ELSEWHERE.contains(name.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException(
          "A Reply cannot set "
              + name
              + ": the body's type"
              + " decides Content-Type, and the server writes the framing headers");
    }
  }

  @Override
  public String toString() {
    return "Reply " + status + " " + headers;
  }
}
