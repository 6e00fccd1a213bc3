package dev.planned;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The header maps of {@link Response} and {@link Reply}: names case-insensitive and in name order,
 * values in the order added, and frozen, so that an immutable answer can share its map with the
 * copies its {@code with…} methods make. Checking names and values is the callers' work.
 *
 * <p>Every map made here is frozen, lists included, so a copy shares the lists of the headers it
 * does not change and copies the map alone: adding a header to an answer of n headers makes one map
 * of n + 1 entries and one list, nothing more.
 */
final class Headers {
  private static final Map<String, List<String>> NONE =
      Collections.unmodifiableSortedMap(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));

  private Headers() {}

  /** No header. */
  static Map<String, List<String>> none() {
    return NONE;
  }

  /** A frozen copy of {@code headers} with one more value for {@code name}. */
  static Map<String, List<String>> adding(
      Map<String, List<String>> headers, String name, String value) {
    TreeMap<String, List<String>> copy = copy(headers);
    List<String> values = copy.get(name);
    if (values == null) {
      copy.put(name, List.of(value));
    } else {
      String[] more = values.toArray(new String[values.size() + 1]);
      more[values.size()] = value;
      copy.put(name, List.of(more)); // keeps the name as first spelled, as a TreeMap does
    }
    return Collections.unmodifiableSortedMap(copy);
  }

  /** A frozen copy of {@code headers} in which {@code name} has exactly this value. */
  static Map<String, List<String>> setting(
      Map<String, List<String>> headers, String name, String value) {
    TreeMap<String, List<String>> copy = copy(headers);
    copy.put(name, List.of(value));
    return Collections.unmodifiableSortedMap(copy);
  }

  /** A copy of a map made here: from a sorted map, a TreeMap is built in one pass. */
  private static TreeMap<String, List<String>> copy(Map<String, List<String>> headers) {
    if (headers instanceof SortedMap<String, List<String>> sorted) {
      return new TreeMap<>(sorted);
    }
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(headers);
    return copy;
  }
}
