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
 * <p>Usage: {@code ClientRounds [rounds] [calls per block]} (defaults 200 and 200).
 */
public final class ClientRounds {
  private static final int WARM_UP_CALLS = 5_000;

  private ClientRounds() {}

  /** One call of a contender. */
  private interface Call {
    Object run() throws Exception;
  }

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int calls = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    ClientBenchmark benchmark = new ClientBenchmark();
    benchmark.start();
    try {
      Call generated = benchmark::generated;
      Call handwritten = benchmark::handwritten;
      time(generated, WARM_UP_CALLS); // compiled, the connection open
      time(handwritten, WARM_UP_CALLS);
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
      System.out.printf(
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
