package dev.planned.bench.http;

import dev.planned.bench.RouteTable;

/** Prints the request path of a benchmark route, for bench/run.sh: {@code implemented|planned}. */
public final class Paths {
  private Paths() {}

  public static void main(String[] args) {
    System.out.println(
        args[0].equals("planned")
            ? RouteTable.HTTP_PLANNED_PATH
            : RouteTable.HTTP_IMPLEMENTED_PATH);
  }
}
