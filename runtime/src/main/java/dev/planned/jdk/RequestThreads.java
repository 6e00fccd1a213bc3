package dev.planned.jdk;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that run the JDK server's exchanges. Each exchange holds its thread from the first
 * byte of the request (the server reads the head on it) to the end of the answer, so a few slow
 * clients could take every thread of a small fixed pool and starve everyone else.
 */
final class RequestThreads {
  /** How far a platform-thread pool grows under load (Tomcat's default {@code maxThreads}). */
  static final int MAX_PLATFORM_THREADS = 200;

  private static final MethodHandle VIRTUAL_THREAD_PER_TASK = virtualThreadPerTask();

  private RequestThreads() {}

  /** A virtual thread per exchange on Java 21 and later, else {@link #growing} threads. */
  static ExecutorService forServer(int threads) {
    if (VIRTUAL_THREAD_PER_TASK != null) {
      try {
        return (ExecutorService) VIRTUAL_THREAD_PER_TASK.invokeExact();
      } catch (Throwable e) {
        throw new IllegalStateException("Could not create virtual threads", e);
      }
    }
    return growing(threads, Math.max(threads, MAX_PLATFORM_THREADS));
  }

  /** Whether {@link #forServer} gives virtual threads on this JVM. */
  static boolean virtual() {
    return VIRTUAL_THREAD_PER_TASK != null;
  }

  /**
   * Platform threads named {@code planned-http-N}: {@code core} kept, more started while all are
   * busy up to {@code max} (ended after a minute idle), then exchanges queue. A plain {@code
   * ThreadPoolExecutor} would queue before growing; the queue here declines while the pool may
   * still grow, as Tomcat's {@code TaskQueue} does.
   */
  static ExecutorService growing(int core, int max) {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory =
        task -> {
          Thread thread = new Thread(task, "planned-http-" + count.incrementAndGet());
          thread.setDaemon(false); // a started server keeps the JVM running until it is stopped
          return thread;
        };
    GrowFirstQueue queue = new GrowFirstQueue();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            core,
            max,
            60,
            TimeUnit.SECONDS,
            queue,
            factory,
            (task, executor) -> {
              if (executor.isShutdown()) {
                throw new RejectedExecutionException("The server is stopping");
              }
              queue.enqueue(task); // the pool is at its largest: wait for a thread
            });
    queue.pool = pool;
    return pool;
  }

  private static final class GrowFirstQueue extends LinkedBlockingQueue<Runnable> {
    private static final long serialVersionUID = 1L;

    private transient volatile ThreadPoolExecutor pool;

    @Override
    public boolean offer(Runnable task) {
      ThreadPoolExecutor executor = pool;
      boolean allBusy = executor.getActiveCount() >= executor.getPoolSize();
      if (allBusy && executor.getPoolSize() < executor.getMaximumPoolSize()) {
        return false; // the executor starts another thread for it
      }
      return super.offer(task);
    }

    void enqueue(Runnable task) {
      super.offer(task);
    }
  }

  private static MethodHandle virtualThreadPerTask() {
    try {
      return MethodHandles.publicLookup()
          .findStatic(
              java.util.concurrent.Executors.class,
              "newVirtualThreadPerTaskExecutor",
              MethodType.methodType(ExecutorService.class));
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return null; // Java 17 to 20
    }
  }
}
