package dev.planned.bench.client;

import java.util.Arrays;
import java.util.Locale;

/**
 * The generated client against the hand-written call, measured in pairs: short blocks of calls of
 * each, one right after the other (which goes first alternates), in one JVM on one connection. JMH
 * measures one benchmark after the other, minutes apart, and on a shared machine the load drifts in
 * between by more than the difference sought; here both sides of each pair see the same load, and
 * the median of the pairs' ratios is the figure. Prints JSON: per round, µs per call of each side
 * and their ratio.
 *
 * <p>Usage: {@code ClientRounds [rounds] [calls per block] [warm-up calls]} (defaults 200, 200 and
 * 5,000 of each).
 */
public final class ClientRounds {
  private ClientRounds() {}

  /** One call of a contender. */
  private interface Call {
    Object run() throws Exception;
  }

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int calls = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
    System.out.print(measure(rounds, calls, warmUp));
  }

  /**
   * The rounds as JSON: {@code rounds}, {@code callsPerBlock}, and per round each side and ratio.
   */
  static String measure(int rounds, int calls, int warmUp) throws Exception {
    ClientBenchmark benchmark = new ClientBenchmark();
    benchmark.start();
    try {
      Call generated = benchmark::generated;
      Call handwritten = benchmark::handwritten;
      time(generated, warmUp); // compiled, the connection open
      time(handwritten, warmUp);
      double[] generatedMicros = new double[rounds];
      double[] handwrittenMicros = new double[rounds];
      double[] ratios = new double[rounds];
      for (int round = 0; round < rounds; round++) {
        if (round % 2 == 0) {
          generatedMicros[round] = time(generated, calls);
          handwrittenMicros[round] = time(handwritten, calls);
        } else {
          handwrittenMicros[round] = time(handwritten, calls);
          generatedMicros[round] = time(generated, calls);
        }
        ratios[round] = generatedMicros[round] / handwrittenMicros[round];
      }
      return String.format(
          Locale.ROOT,
          "{\"rounds\": %d, \"callsPerBlock\": %d,%n \"generated\": %s,%n \"handwritten\": %s,%n"
              + " \"ratio\": %s}%n",
          rounds,
          calls,
          Arrays.toString(generatedMicros),
          Arrays.toString(handwrittenMicros),
          Arrays.toString(ratios));
    } finally {
      benchmark.stop();
    }
  }

  /** Microseconds per call over a block of calls. */
  private static double time(Call call, int calls) throws Exception {
    Object sink = null;
    long start = System.nanoTime();
    for (int i = 0; i < calls; i++) {
      sink = call.run();
    }
    long nanos = System.nanoTime() - start;
    if (sink == null) {
      throw new IllegalStateException("A call returned nothing");
    }
    return nanos / 1000.0 / calls;
  }
}
