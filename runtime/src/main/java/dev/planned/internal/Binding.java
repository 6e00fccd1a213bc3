package dev.planned.internal;

import dev.planned.Attribute;
import dev.planned.HttpException;
import dev.planned.JsonCodec;
import dev.planned.Problem;
import dev.planned.Reply;
import dev.planned.Request;
import dev.planned.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What generated dispatchers call to bind parameters and write results. Every failure is an {@link
 * HttpException} whose detail names the parameter, where it came from, the expected type and the
 * rejected value, so the client gets a 4xx problem and never a 500.
 *
 * <p>Converters are method references the processor chose at compile time ({@code
 * Integer::valueOf}, {@code UUID::fromString}, {@code Color::valueOf}…): nothing is looked up per
 * request.
 */
public final class Binding {
  /** Where a parameter's value comes from; names it in problem details. */
  public enum Source {
    PATH("Path parameter"),
    QUERY("Query parameter"),
    HEADER("Header");

    private final String label;

    Source(String label) {
      this.label = label;
    }
  }

  private Binding() {}

  /**
   * The value a filter attached under {@code Attribute.of(name, type)}. Missing, it is a bug in the
   * filter chain, not the client's: the exception makes a 500 that reveals nothing, and its
   * message, in the log, names the attribute, the endpoint and any value of another type under the
   * same name.
   */
  public static <T> T attribute(Request request, String name, Class<T> type, String endpoint) {
    Optional<T> value = request.attribute(Attribute.of(name, type));
    if (value.isPresent()) {
      return value.get();
    }
    String others =
        request.attributeKeys().stream()
            .filter(key -> key.name().equals(name))
            .map(key -> key.type().getName())
            .sorted()
            .collect(Collectors.joining(", "));
    throw new IllegalStateException(
        "No filter attached the request attribute "
            + name
            + " ("
            + type.getName()
            + ") that "
            + endpoint
            + " needs"
            + (others.isEmpty() ? "" : "; one of another type is there: " + others)
            + ". A filter must call next.proceed(request.withAttribute(Attribute.of(\""
            + name
            + "\", "
            + type.getSimpleName()
            + ".class), value)) before this endpoint, or the"
            + " parameter be an Optional.");
  }

  /** The value a filter attached under {@code Attribute.of(name, type)}, if any. */
  public static <T> Optional<T> optionalAttribute(Request request, String name, Class<T> type) {
    return request.attribute(Attribute.of(name, type));
  }

  /** The value, or 400 if the client did not send it. */
  public static String required(Optional<String> value, Source source, String name) {
    if (value.isEmpty()) {
      throw new HttpException(400, source.label + " \"" + name + "\" is required.");
    }
    return value.get();
  }

  /**
   * Converts a sent value.
   *
   * @param expected the expected type for the detail, with its article: "an int", "a UUID"
   */
  public static <T> T convert(
      String raw,
      Source source,
      String name,
      String expected,
      Function<String, ? extends T> converter) {
    T value;
    try {
      value = converter.apply(raw);
    } catch (RuntimeException e) {
      throw rejected(raw, source, name, expected);
    }
    if (value == null) {
      throw rejected(raw, source, name, expected);
    }
    return value;
  }

  /** Converts a required value: 400 if it is absent. */
  public static <T> T convert(
      Optional<String> raw,
      Source source,
      String name,
      String expected,
      Function<String, ? extends T> converter) {
    return convert(required(raw, source, name), source, name, expected, converter);
  }

  public static <T> Optional<T> convertOptional(
      Optional<String> raw,
      Source source,
      String name,
      String expected,
      Function<String, ? extends T> converter) {
    return raw.isEmpty()
        ? Optional.empty()
        : Optional.of(convert(raw.get(), source, name, expected, converter));
  }

  /** Every value of a repeated parameter, converted, in order. */
  public static <T> List<T> convertAll(
      List<String> raw,
      Source source,
      String name,
      String expected,
      Function<String, ? extends T> converter) {
    List<T> values = new ArrayList<>(raw.size());
    for (String value : raw) {
      values.add(convert(value, source, name, expected, converter));
    }
    return List.copyOf(values);
  }

  public static OptionalInt optionalInt(Optional<String> raw, Source source, String name) {
    return raw.isEmpty()
        ? OptionalInt.empty()
        : OptionalInt.of(convert(raw.get(), source, name, "an int", Integer::valueOf));
  }

  public static OptionalLong optionalLong(Optional<String> raw, Source source, String name) {
    return raw.isEmpty()
        ? OptionalLong.empty()
        : OptionalLong.of(convert(raw.get(), source, name, "a long", Long::valueOf));
  }

  public static OptionalDouble optionalDouble(Optional<String> raw, Source source, String name) {
    return raw.isEmpty()
        ? OptionalDouble.empty()
        : OptionalDouble.of(convert(raw.get(), source, name, "a double", Double::valueOf));
  }

  /**
   * {@code true} or {@code false}, ignoring case; unlike {@link Boolean#parseBoolean}, nothing
   * else.
   */
  public static Boolean parseBoolean(String raw) {
    if (raw.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    if (raw.equalsIgnoreCase("false")) {
      return Boolean.FALSE;
    }
    throw new IllegalArgumentException("not a boolean");
  }

  /** Exactly one character. */
  public static Character parseChar(String raw) {
    if (raw.length() != 1) {
      throw new IllegalArgumentException("not one character");
    }
    return raw.charAt(0);
  }

  /**
   * Reads a JSON body: 415 unless it is declared JSON, 400 if it is empty or the codec cannot read
   * it (with the codec's message, cut like any echo), 413 if it is over the request's size limit.
   * An {@link HttpException} from the codec (thrown by a constructor it called) answers as it is;
   * any other runtime exception is the codec's fault, and a 500.
   */
  public static Object readJson(Request request, JsonCodec codec, Type type, String typeName) {
    String contentType = request.header("Content-Type").orElse("");
    if (!isJson(contentType)) {
      throw new HttpException(
          415,
          "The request body must be JSON (a "
              + typeName
              + "): send"
              + " Content-Type: application/json"
              + (contentType.isEmpty() ? "." : ", not \"" + Problem.echo(contentType) + "\"."));
    }
    byte[] json = request.body();
    if (json.length == 0) {
      throw new HttpException(400, "The request body is empty: send a " + typeName + " as JSON.");
    }
    Object value;
    try {
      value = codec.read(json, type);
    } catch (IOException e) {
      // the codec's message is client-facing by contract (JsonCodec#read); cut like any echo,
      // since it may repeat what the client sent. Anything else a codec throws is its own fault:
      // a 500, logged, revealing nothing (an HttpException passes as it is).
      String reason = e.getMessage() == null ? "." : ": " + Problem.echo(e.getMessage());
      throw new HttpException(400, "The request body is not a valid " + typeName + reason);
    }
    if (value == null) {
      throw new HttpException(400, "The request body is null: send a " + typeName + " as JSON.");
    }
    return value;
  }

  /** 406 unless the client's {@code Accept} admits {@code application/json}. */
  public static void requireJsonAcceptable(Request request) {
    if (!acceptsJson(request.headers("Accept"))) {
      throw new HttpException(
          406,
          "This endpoint answers application/json, which the Accept"
              + " header \""
              + Problem.echo(String.join(", ", request.headers("Accept")))
              + "\" excludes.");
    }
  }

  /** A value written as JSON with this status; a value the codec cannot write is a 500. */
  public static Response json(JsonCodec codec, Object value, Type type, int status) {
    try {
      return Response.of(status, "application/json", codec.write(value, type));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write a " + type.getTypeName() + " as JSON", e);
    }
  }

  /**
   * A {@link Reply} with a JSON body: its status and headers, the body written by the codec.
   *
   * @param declared the status the endpoint declares and its document describes, or 0
   */
  public static Response jsonReply(JsonCodec codec, Reply<?> reply, Type type, int declared) {
    return withReplyHeaders(json(codec, reply.body(), type, replyStatus(reply, declared)), reply);
  }

  /** A {@link Reply} with a {@code text/plain; charset=utf-8} body. */
  public static Response textReply(Reply<String> reply, int declared) {
    return withReplyHeaders(Response.text(replyStatus(reply, declared), reply.body()), reply);
  }

  /** A {@link Reply} with an {@code application/octet-stream} body. */
  public static Response bytesReply(Reply<byte[]> reply, int declared) {
    return withReplyHeaders(
        Response.of(replyStatus(reply, declared), "application/octet-stream", reply.body()), reply);
  }

  private static int replyStatus(Reply<?> reply, int declared) {
    if (declared != 0 && reply.status() != declared) {
      // the endpoint's OpenAPI document promises the declared status: a 500 rather than a lie
      throw new IllegalStateException(
          "The endpoint declares status = "
              + declared
              + ", but returned a Reply with status "
              + reply.status()
              + ": make them agree, or remove status from @Endpoint");
    }
    return reply.status();
  }

  private static Response withReplyHeaders(Response response, Reply<?> reply) {
    Response answer = response;
    for (Map.Entry<String, List<String>> header : reply.headers().entrySet()) {
      for (String value : header.getValue()) {
        answer = answer.withHeader(header.getKey(), value);
      }
    }
    return answer;
  }

  /** The value of a present {@code Optional} result, or 404. */
  public static <T> T found(Optional<T> result, Request request) {
    if (result.isEmpty()) {
      throw new HttpException(404, "Nothing was found at " + Problem.echo(request.path()) + ".");
    }
    return result.get();
  }

  /**
   * The codec on the class path (or module path), for the constructor of an API that reads or
   * writes JSON: failing there, when the application builds its dispatchers, rather than on the
   * first request.
   *
   * @throws IllegalStateException naming the module to add when there is none
   */
  public static JsonCodec discoverJsonCodec(String api) {
    return JsonCodec.discover()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    api
                        + " reads or writes JSON, but no JsonCodec is on the class path: add the"
                        + " dependency dev.planned:planned-jackson, or pass a JsonCodec to the"
                        + " dispatcher's constructor."));
  }

  /** The value of a {@code {name}} wildcard: the request's decoded segment {@code index}. */
  public static String segment(Request request, int index) {
    return RawPath.segment(request.path(), index);
  }

  /**
   * The value of a {@code {name...}} wildcard: the decoded segments from {@code from} on, joined by
   * '/'.
   */
  public static String rest(Request request, int from) {
    return RawPath.rest(request.path(), from);
  }

  /** The type token of a generic type such as {@code List<Book>}, for the codec. */
  public static Type typeOf(Class<?> raw, Type... arguments) {
    return new GenericType(raw, arguments.clone());
  }

  static boolean isJson(String contentType) {
    String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return mediaType.equals("application/json")
        || mediaType.startsWith("application/") && mediaType.endsWith("+json");
  }

  /** Whether the most specific media range matching application/json has a non-zero q. */
  static boolean acceptsJson(List<String> acceptHeaders) {
    if (acceptHeaders.isEmpty()) {
      return true;
    }
    int bestSpecificity = -1;
    double quality = 0;
    for (String header : acceptHeaders) {
      for (String range : header.split(",")) {
        String[] parts = range.split(";");
        String mediaRange = parts[0].strip().toLowerCase(Locale.ROOT);
        int specificity =
            switch (mediaRange) {
              case "application/json" -> 2;
              case "application/*" -> 1;
              case "*/*" -> 0;
              default -> -1;
            };
        if (specificity > bestSpecificity) {
          bestSpecificity = specificity;
          quality = qualityOf(parts);
        }
      }
    }
    return bestSpecificity >= 0 && quality > 0;
  }

  private static double qualityOf(String[] rangeParts) {
    for (int i = 1; i < rangeParts.length; i++) {
      String parameter = rangeParts[i].strip();
      if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
        try {
          return Double.parseDouble(parameter.substring(2));
        } catch (NumberFormatException e) {
          return 1; // a malformed weight is ignored, as if absent
        }
      }
    }
    return 1;
  }

  private static HttpException rejected(String raw, Source source, String name, String expected) {
    return new HttpException(
        400,
        source.label
            + " \""
            + name
            + "\" must be "
            + expected
            + ", but was \""
            + Problem.echo(raw)
            + "\".");
  }

  /** A parameterized type token, equal to the JDK's own for the same type. */
  private record GenericType(Class<?> raw, Type[] arguments) implements ParameterizedType {
    @Override
    public Type[] getActualTypeArguments() {
      return arguments.clone();
    }

    @Override
    public Type getRawType() {
      return raw;
    }

    @Override
    public Type getOwnerType() {
      return raw.getDeclaringClass();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ParameterizedType other
          && raw.equals(other.getRawType())
          && Objects.equals(getOwnerType(), other.getOwnerType())
          && Arrays.equals(arguments, other.getActualTypeArguments());
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(arguments) ^ Objects.hashCode(getOwnerType()) ^ raw.hashCode();
    }

    @Override
    public String toString() {
      return raw.getName()
          + Arrays.stream(arguments)
              .map(Type::getTypeName)
              .collect(Collectors.joining(", ", "<", ">"));
    }
  }
}
