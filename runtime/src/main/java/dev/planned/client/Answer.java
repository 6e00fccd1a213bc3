package dev.planned.client;

import dev.planned.JsonCodec;
import dev.planned.Reply;
import dev.planned.Response;
import java.io.IOException;
import java.lang.reflect.Type;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a generated client reads a success answer into a method's result, and which media types it
 * asks for. One per result shape: {@link #text}, {@link #bytes}, {@link #none}, {@link #json},
 * {@link #response}, and {@link #optional} around any of them. Used by generated code.
 *
 * @param <T> the method's result type
 */
public final class Answer<T> {
  /** Reads a success answer's body. */
  @FunctionalInterface
  interface Reader<T> {
    T read(HttpResponse<byte[]> answer, JsonCodec codec, String method);
  }

  private static final String PROBLEM = "application/problem+json";
  private static final Answer<String> TEXT =
      new Answer<>(
          "text/plain, " + PROBLEM,
          false,
          false,
          (answer, codec, method) -> new String(answer.body(), StandardCharsets.UTF_8));
  private static final Answer<byte[]> BYTES =
      new Answer<>(
          "application/octet-stream, " + PROBLEM,
          false,
          false,
          (answer, codec, method) -> answer.body());
  private static final Answer<Void> NONE =
      new Answer<>(PROBLEM, false, false, (answer, codec, method) -> null);
  private static final Answer<Response> RESPONSE =
      new Answer<>("", true, false, (answer, codec, method) -> Answers.toResponse(answer));

  private final String accept;
  private final boolean anyStatus;
  private final boolean emptyOnNotFound;
  private final Reader<T> reader;

  private Answer(String accept, boolean anyStatus, boolean emptyOnNotFound, Reader<T> reader) {
    this.accept = accept;
    this.anyStatus = anyStatus;
    this.emptyOnNotFound = emptyOnNotFound;
    this.reader = reader;
  }

  /** A {@code String} result: the body as UTF-8 text. */
  public static Answer<String> text() {
    return TEXT;
  }

  /** A {@code byte[]} result: the body as it came. */
  public static Answer<byte[]> bytes() {
    return BYTES;
  }

  /** A {@code void} result: any success, its body ignored. */
  public static Answer<Void> none() {
    return NONE;
  }

  /** A {@code Response} result: the answer as it came, whatever its status; nothing is thrown. */
  public static Answer<Response> response() {
    return RESPONSE;
  }

  /** A result read from JSON by the client's codec as {@code type}. */
  public static <T> Answer<T> json(Type type) {
    return new Answer<>(
        "application/json, " + PROBLEM,
        false,
        false,
        (answer, codec, method) -> readJson(answer.body(), codec, type, method));
  }

  /** {@code Optional<T>}: empty on 404 (or a JSON {@code null}), else what {@code value} reads. */
  public static <T> Answer<Optional<T>> optional(Answer<T> value) {
    return new Answer<>(
        value.accept,
        value.anyStatus,
        true,
        (answer, codec, method) -> Optional.ofNullable(value.reader.read(answer, codec, method)));
  }

  /**
   * {@code Reply<T>}: the answer's status and headers around what {@code body} reads. Headers the
   * body's type or the framing decides (Content-Type, Content-Length, Transfer-Encoding) stay out,
   * as a Reply cannot carry them; a success without a body (204, 205) is a malformed answer.
   */
  public static <T> Answer<Reply<T>> reply(Answer<T> body) {
    return new Answer<>(
        body.accept,
        false,
        false,
        (answer, codec, method) ->
            toReply(answer, body.reader.read(answer, codec, method), method));
  }

  private static <T> Reply<T> toReply(HttpResponse<byte[]> answer, T body, String method) {
    Reply<T> reply;
    try {
      reply = Reply.status(answer.statusCode(), body);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ClientException(
          ClientException.Failure.MALFORMED_ANSWER,
          "The answer to "
              + method
              + "() has status "
              + answer.statusCode()
              + " and no body to reply with",
          e);
    }
    for (Map.Entry<String, List<String>> header : answer.headers().map().entrySet()) {
      String name = header.getKey();
      if (name.startsWith(":")
          || name.equalsIgnoreCase("Content-Length")
          || name.equalsIgnoreCase("Content-Type")
          || name.equalsIgnoreCase("Transfer-Encoding")) {
        continue; // HTTP/2 pseudo-headers, and what the body and framing decide
      }
      for (String value : header.getValue()) {
        reply = reply.withHeader(name, value);
      }
    }
    return reply;
  }

  String accept() {
    return accept;
  }

  /** Whether an answer of this status is read as the result rather than thrown. */
  boolean reads(int status) {
    return anyStatus || (status >= 200 && status <= 299);
  }

  /** Whether a 404 is the empty result rather than an exception. */
  boolean emptyOnNotFound() {
    return emptyOnNotFound;
  }

  T read(HttpResponse<byte[]> answer, JsonCodec codec, String method) {
    return reader.read(answer, codec, method);
  }

  @SuppressWarnings("unchecked") // the codec reads a value of the type it was asked for
  private static <T> T readJson(byte[] body, JsonCodec codec, Type type, String method) {
    try {
      return (T) codec.read(body, type);
    } catch (IOException | RuntimeException e) {
      throw new ClientException(
          ClientException.Failure.MALFORMED_ANSWER,
          "The answer to " + method + "() is not the JSON it returns: " + e.getMessage(),
          e);
    }
  }
}
