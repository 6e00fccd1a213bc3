package dev.planned.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Routing in process. One invocation routes all 203 requests of the GitHub table with their
 * wildcards bound; {@code @OperationsPerInvocation(203)} makes every figure (time, and bytes
 * allocated with {@code -prof gc}) per route. The {@code …Static} benchmarks route one request
 * without wildcards, {@code GET /user/repos}, to show what a static route allocates.
 *
 * <p>Forks, warm-up and measurement are set for steady figures on two cores in the time budget of
 * bench/run.sh: 2 forks × 5 × 1 s measured after 5 × 1 s of warm-up, per benchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class RoutingBenchmark {
  /** The index of {@code GET /user/repos} in the table. */
  static final int STATIC_ROUTE = indexOf("GET /user/repos");

  private PlannedContender planned;
  private HandwrittenContender handwritten;
  private JerseyContender jersey;
  private SpringContender spring;

  /**
   * The same dispatcher in a router: without filters, with one that only calls next, and with the
   * request-id and access-log filters (see {@link FilterChains}).
   */
  private PlannedContender router;

  private PlannedContender passThrough;
  private PlannedContender idsAndLog;

  @Setup
  public void setUp() {
    planned = new PlannedContender();
    handwritten = new HandwrittenContender();
    jersey = new JerseyContender();
    spring = new SpringContender();
    router = new PlannedContender(FilterChains.NONE);
    passThrough = new PlannedContender(FilterChains.PASS);
    idsAndLog = new PlannedContender(FilterChains.IDS_AND_LOG);
  }

  @Benchmark
  @OperationsPerInvocation(RouteTable.SIZE)
  public void planned(Blackhole sink) {
    for (int i = 0; i < RouteTable.SIZE; i++) {
      sink.consume(planned.route(i));
    }
  }

  @Benchmark
  @OperationsPerInvocation(RouteTable.SIZE)
  public void handwritten(Blackhole sink) {
    for (int i = 0; i < RouteTable.SIZE; i++) {
      sink.consume(handwritten.route(i));
    }
  }

  @Benchmark
  @OperationsPerInvocation(RouteTable.SIZE)
  public void jersey(Blackhole sink) {
    for (int i = 0; i < RouteTable.SIZE; i++) {
      sink.consume(jersey.route(i));
    }
  }

  @Benchmark
  @OperationsPerInvocation(RouteTable.SIZE)
  public void spring(Blackhole sink) {
    for (int i = 0; i < RouteTable.SIZE; i++) {
      sink.consume(spring.route(i));
    }
  }

  @Benchmark
  @OperationsPerInvocation(RouteTable.SIZE)
  public void plannedRouter(Blackhole sink) {
    for (int i = 0; i < RouteTable.SIZE; i++) {
      sink.consume(router.route(i));
    }
  }

  @Benchmark
  @OperationsPerInvocation(RouteTable.SIZE)
  public void plannedPassThroughFilter(Blackhole sink) {
    for (int i = 0; i < RouteTable.SIZE; i++) {
      sink.consume(passThrough.route(i));
    }
  }

  @Benchmark
  @OperationsPerInvocation(RouteTable.SIZE)
  public void plannedRequestIdAndAccessLog(Blackhole sink) {
    for (int i = 0; i < RouteTable.SIZE; i++) {
      sink.consume(idsAndLog.route(i));
    }
  }

  @Benchmark
  public Object plannedStatic() {
    return planned.route(STATIC_ROUTE);
  }

  @Benchmark
  public Object handwrittenStatic() {
    return handwritten.route(STATIC_ROUTE);
  }

  static int indexOf(String route) {
    return RouteTable.github().stream()
        .filter(r -> r.toString().equals(route))
        .findFirst()
        .orElseThrow()
        .index();
  }
}
