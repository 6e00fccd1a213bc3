package dev.planned;

import dev.planned.internal.HttpTokens;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP response: status, headers and a body held in memory. Immutable; the {@code with…} methods
 * return copies. Header names are case-insensitive. Content-Length is the server's to write, from
 * the body.
 */
public final class Response {
  private static final byte[] EMPTY = new byte[0];

  private final int status;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  private Response(int status, Map<String, List<String>> headers, byte[] body) {
    this.status = status;
    this.headers = headers;
    this.body = body;
  }

  /** 200 with a {@code text/plain; charset=utf-8} body. */
  public static Response ok(String text) {
    return of(200, Http.TEXT_UTF8, text.getBytes(StandardCharsets.UTF_8));
  }

  /** A {@code text/plain; charset=utf-8} body with this status. */
  public static Response text(int status, String text) {
    return of(status, Http.TEXT_UTF8, text.getBytes(StandardCharsets.UTF_8));
  }

  /** 200 with a body of the given media type. */
  public static Response ok(byte[] body, String contentType) {
    return of(200, contentType, body);
  }

  /** 204 No Content. */
  public static Response noContent() {
    return status(204);
  }

  /** A response with this status, no headers and no body. */
  public static Response status(int status) {
    checkStatus(status);
    return new Response(status, Headers.none(), EMPTY);
  }

  /** A response with this status and a body of the given media type. */
  public static Response of(int status, String contentType, byte[] body) {
    return status(status).withBody(body, contentType);
  }

  public int status() {
    return status;
  }

  /** The first value of a header, if present. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Every value of a header, in the order added; empty if absent. */
  public List<String> headers(String name) {
    return headers.getOrDefault(name, List.of());
  }

  /** All headers, names case-insensitive, in name order. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** A copy of the body. */
  public byte[] body() {
    return body.clone();
  }

  public int bodyLength() {
    return body.length;
  }

  /** The body decoded as UTF-8. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Writes the body without copying it. */
  public void writeBodyTo(OutputStream out) throws IOException {
    out.write(body);
  }

  /** A copy with one more value for the header. */
  public Response withHeader(String name, String value) {
    checkHeader(name, value);
    return new Response(status, Headers.adding(headers, name, value), body);
  }

  /** A copy in which the header has exactly this value. */
  public Response withHeaderSet(String name, String value) {
    checkHeader(name, value);
    return new Response(status, Headers.setting(headers, name, value), body);
  }

  /** A copy with this body and {@code Content-Type}. */
  public Response withBody(byte[] body, String contentType) {
    Objects.requireNonNull(body, "body");
    return new Response(status, headers, body.clone()).withHeaderSet("Content-Type", contentType);
  }

  /** A copy with the same status and headers and no body, as an answer to HEAD. */
  public Response withoutBody() {
    return body.length == 0 ? this : new Response(status, headers, EMPTY);
  }

  static void checkStatus(int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("HTTP status must be 100 to 599, not " + status);
    }
  }

  /** The one rule for header names and values, shared with {@link Reply}. */
  static void checkHeader(String name, String value) {
    if (!HttpTokens.isToken(name)) {
      throw new IllegalArgumentException("Not a valid header name: \"" + name + "\"");
    }
    Objects.requireNonNull(value, "value");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r' || c == '\n' || c == 0) {
        // a line break in a value would let it inject headers into the response
        throw new IllegalArgumentException(
            "Header " + name + " has a line break or NUL in its value");
      }
    }
  }

  @Override
  public String toString() {
    return status + " " + headers + (body.length == 0 ? "" : " " + body.length + " bytes");
  }
}
