package dev.planned;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The header maps of {@link Response} and {@link Reply}: names case-insensitive and in name order,
 * values in the order added, and frozen, so that an immutable answer can share its map with the
 * copies its {@code with…} methods make. Checking names and values is the callers' work.
 */
final class Headers {
  private static final Map<String, List<String>> NONE =
      Collections.unmodifiableMap(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));

  private Headers() {}

  /** No header. */
  static Map<String, List<String>> none() {
    return NONE;
  }

  /** A frozen copy of {@code headers} with one more value for {@code name}. */
  static Map<String, List<String>> adding(
      Map<String, List<String>> headers, String name, String value) {
    Map<String, List<String>> copy = copy(headers);
    copy.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
    return freeze(copy);
  }

  /** A frozen copy of {@code headers} in which {@code name} has exactly this value. */
  static Map<String, List<String>> setting(
      Map<String, List<String>> headers, String name, String value) {
    Map<String, List<String>> copy = copy(headers);
    copy.put(name, List.of(value));
    return freeze(copy);
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> headers) {
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.put(name, new ArrayList<>(values)));
    return copy;
  }

  private static Map<String, List<String>> freeze(Map<String, List<String>> headers) {
    headers.replaceAll((name, values) -> List.copyOf(values));
    return Collections.unmodifiableMap(headers);
  }
}
