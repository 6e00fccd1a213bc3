package dev.planned.processor.codegen;

import dev.planned.internal.JsonStrings;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree of JSON values as RFC 8259 text, pretty-printed with two spaces. A value is a
 * {@link Map} of {@code String} keys (an object, in the map's own order: build it as a {@code
 * LinkedHashMap} in the order meant, or a {@code TreeMap} where the order is not the user's), a
 * {@link List} (an array), a {@link String}, a {@link Boolean}, an {@link Integer}, a {@link Long}
 * or a {@link BigDecimal}, or {@code null}. Any other object is written as the string of its {@code
 * toString()}, which lets a value be settled after the tree is built (a schema name, say).
 *
 * <p>The processor takes no JSON library: this is all it writes, and it is small enough to check.
 * Strings are escaped as the runtime escapes its problem bodies ({@link JsonStrings}).
 */
final class JsonText {
  private static final String INDENT = "  ";

  private JsonText() {}

  /** The value as a JSON text, ending with a line break. */
  static String of(Object value) {
    StringBuilder json = new StringBuilder(4096);
    append(json, value, 0);
    return json.append('\n').toString();
  }

  private static void append(StringBuilder json, Object value, int depth) {
    if (value instanceof Map<?, ?> object) {
      appendObject(json, object, depth);
    } else if (value instanceof List<?> array) {
      appendArray(json, array, depth);
    } else if (value == null) {
      json.append("null");
    } else if (value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof BigDecimal) {
      json.append(value);
    } else {
      JsonStrings.append(json, value.toString());
    }
  }

  private static void appendObject(StringBuilder json, Map<?, ?> object, int depth) {
    if (object.isEmpty()) {
      json.append("{}");
      return;
    }
    json.append('{');
    String separator = "\n";
    for (Map.Entry<?, ?> member : object.entrySet()) {
      json.append(separator);
      indent(json, depth + 1);
      JsonStrings.append(json, (String) member.getKey());
      json.append(": ");
      append(json, member.getValue(), depth + 1);
      separator = ",\n";
    }
    json.append('\n');
    indent(json, depth);
    json.append('}');
  }

  private static void appendArray(StringBuilder json, List<?> array, int depth) {
    if (array.isEmpty()) {
      json.append("[]");
      return;
    }
    json.append('[');
    String separator = "\n";
    for (Object element : array) {
      json.append(separator);
      indent(json, depth + 1);
      append(json, element, depth + 1);
      separator = ",\n";
    }
    json.append('\n');
    indent(json, depth);
    json.append(']');
  }

  private static void indent(StringBuilder json, int depth) {
    json.append(INDENT.repeat(depth));
  }
}
