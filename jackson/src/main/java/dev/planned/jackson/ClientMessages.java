package dev.planned.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.planned.Problem;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns Jackson's exceptions into what a client may read: what is wrong in JSON's own words
 * (string, number, object, array, boolean, null), where (the JSON path, line and column), and
 * nothing else. Jackson's own messages name Java classes, its features and its constraint methods,
 * and quote the source: none of that is sent.
 *
 * <p>Values the client sent (a property name, a rejected value) are cut by {@link Problem#echo}; a
 * JSON path longer than {@value #MAX_PATH_LENGTH} characters keeps its innermost end.
 */
final class ClientMessages {
  private static final int MAX_PATH_LENGTH = 60;

  private final StreamReadConstraints limits;

  ClientMessages(StreamReadConstraints limits) {
    this.limits = limits;
  }

  /** The message for a failure to read a request body, for the client. */
  String describe(JsonProcessingException e) {
    JsonProcessingException parsing = parsingCause(e);
    if (parsing != null) {
      return parsingProblem(parsing) + where(e, parsing);
    }
    return mappingProblem(e) + where(e, e);
  }

  /**
   * The exception of the parser behind a failure, if it is one (every exception that is not
   * databind's {@link JsonMappingException}): databind wraps some of them (a string cut short, a
   * number out of range, a limit) in a mapping exception, which knows the path.
   */
  private static JsonProcessingException parsingCause(JsonProcessingException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonProcessingException parsing
          && !(cause instanceof JsonMappingException)) {
        return parsing;
      }
    }
    return null;
  }

  private String parsingProblem(JsonProcessingException e) {
    if (e instanceof StreamConstraintsException limit) {
      return exceeded(limit);
    }
    if (e instanceof JsonEOFException) {
      return "unexpected end of input";
    }
    if (e instanceof InputCoercionException coercion) {
      return "number out of range" + range(coercion.getTargetType());
    }
    String original = e.getOriginalMessage();
    if (original != null && original.startsWith("Invalid UTF-8")) {
      return "invalid UTF-8";
    }
    String duplicate = "Duplicate field '";
    if (original != null
        && original.startsWith(duplicate)
        && original.endsWith("'")
        && original.length() > duplicate.length()) {
      return "duplicate property \""
          + Problem.echo(original.substring(duplicate.length(), original.length() - 1))
          + "\"";
    }
    return "malformed JSON";
  }

  /**
   * Which limit was exceeded. Jackson tells them apart only in its message, by the name of the
   * {@link StreamReadConstraints} method that holds the limit; the figure comes from the limits
   * themselves.
   */
  private String exceeded(StreamConstraintsException e) {
    String original = String.valueOf(e.getOriginalMessage());
    if (original.contains("getMaxNestingDepth")) {
      return "nesting deeper than " + limits.getMaxNestingDepth();
    }
    if (original.contains("getMaxNumberLength")) {
      return "number longer than " + limits.getMaxNumberLength() + " digits";
    }
    if (original.contains("getMaxStringLength")) {
      return "string longer than " + limits.getMaxStringLength() + " characters";
    }
    if (original.contains("getMaxNameLength")) {
      return "property name longer than " + limits.getMaxNameLength() + " characters";
    }
    if (original.contains("getMaxDocumentLength")) {
      return "document longer than " + limits.getMaxDocumentLength() + " bytes";
    }
    if (original.contains("getMaxTokenCount")) {
      return "more than " + limits.getMaxTokenCount() + " tokens";
    }
    return "JSON beyond the limits of this server";
  }

  private static String mappingProblem(JsonProcessingException e) {
    if (e instanceof PropertyBindingException unknown) { // unrecognized or ignored property
      return "unknown property \"" + Problem.echo(unknown.getPropertyName()) + "\"";
    }
    if (e instanceof InvalidTypeIdException type) {
      return type.getTypeId() == null
          ? "missing type property"
          : "unknown type \"" + Problem.echo(type.getTypeId()) + "\"";
    }
    if (e instanceof InvalidFormatException format) {
      return "invalid value" + rejected(format.getValue()) + expected(format.getTargetType());
    }
    if (e instanceof ValueInstantiationException) {
      return "invalid value"; // the cause is the application's, and may say anything
    }
    if (e instanceof MismatchedInputException mismatch) {
      return mismatch(mismatch);
    }
    return "invalid value";
  }

  private static String mismatch(MismatchedInputException e) {
    String original = String.valueOf(e.getOriginalMessage());
    if (original.startsWith("Trailing token")) {
      return "unexpected content after the JSON value";
    }
    if (original.startsWith("No content to map")) {
      return "no JSON value";
    }
    JsonToken found = e.getProcessor() instanceof JsonParser parser ? parser.currentToken() : null;
    String expected = jsonType(e.getTargetType());
    if (found == null || found == JsonToken.END_OBJECT || found == JsonToken.END_ARRAY) {
      return "missing " + expected.substring(expected.indexOf(' ') + 1); // "missing number"
    }
    return "expected " + expected + ", not " + jsonType(found);
  }

  /** A rejected value as the client sent it, after a space: a string quoted and cut, a number. */
  private static String rejected(Object value) {
    if (value instanceof String text) {
      return " \"" + Problem.echo(text) + "\"";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return " " + Problem.echo(value.toString());
    }
    return "";
  }

  /**
   * What was expected instead of a string the type could not be read from: the constants of an enum
   * (they are the API's own words), a number or a boolean; nothing for a string of the wrong format
   * (a date, a UUID), whose type JSON has no word for.
   */
  private static String expected(Class<?> type) {
    if (type != null && type.isEnum()) {
      return ", expected one of "
          + Arrays.stream(type.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
    }
    String json = jsonType(type);
    return json.equals("a number") || json.equals("a boolean") ? ", expected " + json : "";
  }

  /** The range a number must be in, for the integer types; nothing for others. */
  private static String range(Class<?> type) {
    if (type == int.class || type == Integer.class) {
      return " (" + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ")";
    }
    if (type == long.class || type == Long.class) {
      return " (" + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ")";
    }
    if (type == short.class || type == Short.class) {
      return " (" + Short.MIN_VALUE + " to " + Short.MAX_VALUE + ")";
    }
    if (type == byte.class || type == Byte.class) {
      return " (" + Byte.MIN_VALUE + " to " + Byte.MAX_VALUE + ")";
    }
    return "";
  }

  /** The JSON type a Java type is read from, with its article: "a string", "an object". */
  static String jsonType(Class<?> type) {
    if (type == null) {
      return "a value";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "a boolean";
    }
    if (type.isPrimitive() && type != char.class
        || Number.class.isAssignableFrom(type)
        || type == BigInteger.class
        || type == BigDecimal.class) {
      return "a number";
    }
    if (CharSequence.class.isAssignableFrom(type)
        || type == char.class
        || type == Character.class
        || type.isEnum()
        || type == UUID.class
        || Temporal.class.isAssignableFrom(type)
        || TemporalAmount.class.isAssignableFrom(type)
        || type == byte[].class
        || type == char[].class) {
      return "a string";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object"; // maps, records and beans
  }

  private static String jsonType(JsonToken token) {
    return switch (token) {
      case START_OBJECT, FIELD_NAME -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "a value";
    };
  }

  /** {@code at $.items[0].name (line 1, column 20)}, with what of it is known. */
  private static String where(JsonProcessingException e, JsonProcessingException located) {
    StringBuilder where = new StringBuilder();
    if (e instanceof JsonMappingException mapping) {
      List<JsonMappingException.Reference> path = mapping.getPath();
      if (e instanceof PropertyBindingException && !path.isEmpty()) {
        path = path.subList(0, path.size() - 1); // where the unknown property is, not itself
      }
      where.append(" at ").append(jsonPath(path));
    }
    JsonLocation location = located.getLocation() != null ? located.getLocation() : e.getLocation();
    if (location != null && location.getLineNr() > 0) {
      where.append(" (line ").append(location.getLineNr());
      if (location.getColumnNr() > 0) {
        where.append(", column ").append(location.getColumnNr());
      }
      where.append(')');
    }
    return where.toString();
  }

  /** {@code $.items[0].name}; a name that is not a plain identifier is written {@code ["a b"]}. */
  static String jsonPath(List<JsonMappingException.Reference> path) {
    StringBuilder json = new StringBuilder("$");
    for (JsonMappingException.Reference step : path) {
      String name = step.getFieldName();
      if (name == null) {
        json.append('[').append(step.getIndex()).append(']');
      } else if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
        json.append('.').append(Problem.echo(name));
      } else {
        json.append("[\"").append(Problem.echo(name)).append("\"]");
      }
    }
    if (json.length() <= MAX_PATH_LENGTH) {
      return json.toString();
    }
    // the innermost steps say most; cut at a step's start, so that no step is shown in part
    int from = json.length() - (MAX_PATH_LENGTH - 2);
    while (from < json.length() && json.charAt(from) != '.' && json.charAt(from) != '[') {
      from++;
    }
    return "$\u2026" + json.substring(from);
  }
}
