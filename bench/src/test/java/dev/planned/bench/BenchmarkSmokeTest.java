package dev.planned.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Benchmarks are not timed tests: this only proves that every JMH benchmark runs and yields a time
 * and an allocation figure, in one short iteration in this JVM. bench/run.sh takes the real ones.
 */
class BenchmarkSmokeTest {
  @Test
  void everyRoutingBenchmarkYieldsNumbers() throws Exception {
    Options options =
        new OptionsBuilder()
            .include(RoutingBenchmark.class.getName())
            .forks(0)
            .warmupIterations(0)
            .measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(200))
            .timeUnit(TimeUnit.NANOSECONDS)
            .addProfiler(GCProfiler.class)
            .shouldFailOnError(true)
            .build();
    // JMH refuses to run while another JMH holds /tmp/jmh.lock (bench/run.sh, another build on
    // the machine): a smoke run, which measures nothing, need not wait for it
    System.setProperty("jmh.ignoreLock", "true");
    // JMH's progress and tables are for bench/run.sh; here they are kept for a failure's message
    ByteArrayOutputStream jmhOutput = new ByteArrayOutputStream();
    Collection<RunResult> results;
    try {
      results =
          new Runner(
                  options,
                  OutputFormatFactory.createFormatInstance(
                      new PrintStream(jmhOutput, true, UTF_8), VerboseMode.NORMAL))
              .run();
    } catch (RunnerException e) {
      throw new AssertionError("JMH failed:\n" + jmhOutput.toString(UTF_8), e);
    }

    Map<String, RunResult> byName = new TreeMap<>();
    results.forEach(r -> byName.put(r.getParams().getBenchmark().replaceAll(".*\\.", ""), r));
    assertEquals(
        "[handwritten, handwrittenStatic, jersey, planned, plannedPassThroughFilter,"
            + " plannedRequestIdAndAccessLog, plannedRouter, plannedStatic, spring]",
        byName.keySet().toString());
    byName.forEach(
        (name, result) -> {
          double nanos = result.getPrimaryResult().getScore();
          assertTrue(nanos > 0 && Double.isFinite(nanos), name + ": " + nanos + " ns");
          Result<?> allocation = result.getSecondaryResults().get("gc.alloc.rate.norm");
          assertTrue(
              allocation != null && allocation.getScore() >= 0, name + ": no allocation figure");
        });
  }
}
