package dev.planned.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.sun.management.ThreadMXBean;
import dev.planned.Request;
import dev.planned.Response;
import dev.planned.Router;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * Routing matches the raw path in place: an implemented static route allocates nothing in the
 * router and the generated table, so that the request and the answer are all it costs (here both
 * are built once). Counted with the JVM's per-thread allocation counter, which counts every object
 * this thread allocates; the routing code has no {@code new} on this path, so the figure does not
 * depend on the JIT's escape analysis.
 */
class StaticRouteAllocationTest {
  private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

  @Test
  void anImplementedStaticRouteAllocatesNothingToBeRoutedAndAnswered() {
    Router router = Router.of(new Health());
    Request request = Request.get("/health/now");
    for (int i = 0; i < 1_000; i++) { // classes loaded, counters initialised
      router.dispatch(request);
    }

    long before = THREADS.getCurrentThreadAllocatedBytes();
    Response last = null;
    for (int i = 0; i < 10_000; i++) {
      last = router.dispatch(request);
    }
    long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;

    assertSame(Health.HEALTHY, last);
    // per dispatch: the counter may see a one-off allocation of the JVM's (96 bytes were seen),
    // where any object made per request would add at least 160,000 bytes
    assertEquals(
        0,
        allocated / 10_000,
        allocated + " bytes allocated by 10,000 dispatches of" + " GET /health/now");
  }

  @Test
  void wildcardsAreDecodedOnlyWhereTheyAreBound() {
    Router router = Router.of(new Health());

    assertEquals("a/b c", router.dispatch(Request.get("/health/a%2Fb/c")).bodyText());
    assertEquals("now x", router.dispatch(Request.get("/health/now/x")).bodyText());
    assertEquals(
        "healthy",
        router.dispatch(Request.get("/health/n%6Fw")).bodyText(),
        "a literal is compared with its segment decoded");
    assertEquals(400, router.dispatch(Request.get("/health/now/%FF")).status());
  }
}
