package dev.planned.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * What every contender's endpoints do: record which route answered and the wildcard values it was
 * given. Writing fields is a side effect the JIT cannot remove, so a benchmark cannot skip the
 * binding, and it allocates nothing, so the allocation figures are the router's own. The smoke test
 * reads the record back to prove each contender routes the whole table correctly.
 *
 * <p>Not thread-safe, and need not be: the HTTP servers share one, and a racy record there is
 * harmless because only the single-threaded in-memory checks read it.
 */
public final class Hits {
  private int route = -1;
  private int count;
  private String a;
  private String b;
  private String c;
  private String d;

  public void hit(int route) {
    record(route, 0, null, null, null, null);
  }

  public void hit(int route, String a) {
    record(route, 1, a, null, null, null);
  }

  public void hit(int route, String a, String b) {
    record(route, 2, a, b, null, null);
  }

  public void hit(int route, String a, String b, String c) {
    record(route, 3, a, b, c, null);
  }

  public void hit(int route, String a, String b, String c, String d) {
    record(route, 4, a, b, c, d);
  }

  /** For routers that hand their endpoints the values as an array. */
  public void hit(int route, String[] values) {
    switch (values.length) {
      case 0 -> hit(route);
      case 1 -> hit(route, values[0]);
      case 2 -> hit(route, values[0], values[1]);
      case 3 -> hit(route, values[0], values[1], values[2]);
      case 4 -> hit(route, values[0], values[1], values[2], values[3]);
      default ->
          throw new IllegalArgumentException(
              "No route of the table has " + values.length + " wildcards");
    }
  }

  private void record(int route, int count, String a, String b, String c, String d) {
    this.route = route;
    this.count = count;
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
  }

  /** The index of the last route that answered; -1 if none since {@link #reset()}. */
  public int route() {
    return route;
  }

  /** The wildcard values of the last hit, in path order. */
  public List<String> values() {
    List<String> values =
        new ArrayList<>(
            List.of(
                a == null ? "" : a, b == null ? "" : b, c == null ? "" : c, d == null ? "" : d));
    return values.subList(0, count);
  }

  public void reset() {
    record(-1, 0, null, null, null, null);
  }
}
