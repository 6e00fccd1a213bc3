package dev.planned.client;

import dev.planned.internal.Completions;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One request of a generated client, built in the order of its pattern (path, then query, headers
 * and body), then sent. Values are sent as their {@code toString()}, enums as their constant name;
 * a null, an empty {@code Optional} or an empty list sends nothing, leaving a default to the
 * server.
 */
public final class Call {
  private static final HttpResponse.BodyHandler<byte[]> BYTES =
      HttpResponse.BodyHandlers.ofByteArray();

  private final Calls calls;
  private final String method;
  private final String javaMethod;
  private final StringBuilder uri;
  private boolean hasQuery;
  private final HttpRequest.Builder request = HttpRequest.newBuilder();
  private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

  Call(Calls calls, String method, String javaMethod) {
    this.calls = calls;
    this.method = method;
    this.javaMethod = javaMethod;
    this.uri = new StringBuilder(calls.base.length() + 64).append(calls.base);
    for (int i = 0; i < calls.headers.size(); i += 2) {
      request.header(calls.headers.get(i), calls.headers.get(i + 1)); // before the call's own
    }
  }

  /** Literal path text, already encoded by the processor. */
  public Call path(String encoded) {
    uri.append(encoded);
    return this;
  }

  /**
   * {@code /} and a {@code {name}} wildcard's value, encoded as one segment ({@code .} and {@code
   * ..} included: see {@link UriEncoding#encodeSegment}).
   */
  public Call segment(String name, Object value) {
    String text = text(name, value);
    if (text.isEmpty()) {
      throw new IllegalArgumentException(
          "Path parameter \""
              + name
              + "\" of "
              + javaMethod
              + "() is empty; a {"
              + name
              + "} segment matches one or more characters.");
    }
    uri.append('/').append(UriEncoding.encodeSegment(text));
    return this;
  }

  /** {@code /} and a {@code {name...}} wildcard's value: each segment encoded, its slashes kept. */
  public Call rest(String name, Object value) {
    String text = text(name, value);
    int start = 0;
    while (true) {
      int slash = text.indexOf('/', start);
      uri.append('/')
          .append(
              UriEncoding.encodeSegment(
                  slash < 0 ? text.substring(start) : text.substring(start, slash)));
      if (slash < 0) {
        return this;
      }
      start = slash + 1;
    }
  }

  /**
   * A query parameter: one {@code name=value} per value of a list, none for null or an empty
   * optional.
   */
  public Call query(String name, Object value) {
    if (value instanceof Collection<?> values) {
      values.forEach(each -> query(name, each));
      return this;
    }
    Object present = present(value);
    if (present != null) {
      uri.append(hasQuery ? '&' : '?')
          .append(UriEncoding.encode(name))
          .append('=')
          .append(UriEncoding.encode(text(name, present)));
      hasQuery = true;
    }
    return this;
  }

  /** A header: one line per value of a list, none for null or an empty optional. */
  public Call header(String name, Object value) {
    if (value instanceof Collection<?> values) {
      values.forEach(each -> header(name, each));
      return this;
    }
    Object present = present(value);
    if (present != null) {
      request.header(name, text(name, present));
    }
    return this;
  }

  /** A JSON body written by the client's codec as {@code type}. */
  public Call json(Object value, Type type) {
    byte[] json;
    try {
      json = calls.codec.write(value, type);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "The body of " + javaMethod + "() could not be written" + " as JSON: " + e.getMessage(),
          e);
    }
    return body(HttpRequest.BodyPublishers.ofByteArray(json), "application/json");
  }

  public Call text(String text) {
    return body(
        HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8),
        "text/plain; charset=utf-8");
  }

  public Call bytes(byte[] bytes) {
    return body(HttpRequest.BodyPublishers.ofByteArray(bytes), "application/octet-stream");
  }

  /** A body read from the stream as it is sent (chunked: its length is unknown). */
  public Call stream(InputStream stream) {
    return body(HttpRequest.BodyPublishers.ofInputStream(() -> stream), "application/octet-stream");
  }

  private Call body(HttpRequest.BodyPublisher publisher, String contentType) {
    this.body = publisher;
    request.setHeader("Content-Type", contentType);
    return this;
  }

  /** Sends the call and waits for its answer, read as {@code answer} says. */
  public <T> T send(Answer<T> answer) {
    HttpRequest built = build(answer);
    HttpResponse<byte[]> response;
    try {
      response = calls.http.send(built, BYTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ClientException(
          ClientException.Failure.INTERRUPTED,
          javaMethod + "() was interrupted while waiting for " + describe(built),
          e);
    } catch (IOException e) {
      throw failed(e, built);
    }
    return read(response, answer);
  }

  /** Sends the call without blocking: the stage completes with the result or the exception. */
  public <T> CompletableFuture<T> sendAsync(Answer<T> answer) {
    HttpRequest built = build(answer);
    return calls
        .http
        .sendAsync(built, BYTES)
        .handle(
            (response, thrown) -> {
              if (thrown != null) {
                Throwable cause = Completions.cause(thrown);
                throw cause instanceof IOException io
                    ? failed(io, built)
                    : new CompletionException(cause);
              }
              return read(response, answer);
            });
  }

  private HttpRequest build(Answer<?> answer) {
    request.uri(URI.create(uri.toString())).method(method, body);
    if (!answer.accept().isEmpty()) {
      request.setHeader("Accept", answer.accept());
    }
    if (calls.timeout != null) {
      request.timeout(calls.timeout);
    }
    calls.everyRequest.accept(request);
    return request.build();
  }

  private <T> T read(HttpResponse<byte[]> response, Answer<T> answer) {
    int status = response.statusCode();
    if (status == 404 && answer.emptyOnNotFound()) {
      @SuppressWarnings("unchecked") // an Optional answer: empty is its value for a 404
      T empty = (T) Optional.empty();
      return empty;
    }
    if (answer.reads(status)) {
      return answer.read(response, calls.codec, javaMethod);
    }
    throw Answers.error(response, javaMethod);
  }

  private ClientException failed(IOException e, HttpRequest request) {
    if (e instanceof HttpTimeoutException || e instanceof HttpConnectTimeoutException) {
      return new ClientException(
          ClientException.Failure.TIMEOUT,
          javaMethod + "() got no answer in time from " + describe(request),
          e);
    }
    if (e instanceof InterruptedIOException) {
      Thread.currentThread().interrupt();
      return new ClientException(
          ClientException.Failure.INTERRUPTED,
          javaMethod + "() was interrupted while waiting for " + describe(request),
          e);
    }
    return new ClientException(
        ClientException.Failure.CONNECTION,
        javaMethod + "() failed to get an answer from " + describe(request) + ": " + e,
        e);
  }

  private static String describe(HttpRequest request) {
    return request.method() + " " + request.uri();
  }

  /** The value of an {@code Optional}, {@code OptionalInt}… or the value itself; null if absent. */
  private static Object present(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.orElse(null);
    }
    if (value instanceof OptionalInt optional) {
      return optional.isPresent() ? optional.getAsInt() : null;
    }
    if (value instanceof OptionalLong optional) {
      return optional.isPresent() ? optional.getAsLong() : null;
    }
    if (value instanceof OptionalDouble optional) {
      return optional.isPresent() ? optional.getAsDouble() : null;
    }
    return value;
  }

  private String text(String name, Object value) {
    if (value == null) {
      throw new NullPointerException("Parameter \"" + name + "\" of " + javaMethod + "() is null");
    }
    return value instanceof Enum<?> constant ? constant.name() : value.toString();
  }
}
