package dev.planned.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planned.Dispatcher;
import dev.planned.Request;
import dev.planned.Response;
import dev.planned.Route;
import dev.planned.internal.Routes;
import dev.planned.testing.CapturedLog;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server start ({@link Exchanges#serving}, which every adapter calls) with planned-processor on
 * the application's class path logs one warning naming the problem and where the processor is.
 */
class ProcessorOnClassPathTest {
  private static final Dispatcher HELLO =
      new Dispatcher() {
        @Override
        public Response dispatch(Request request) {
          return Response.ok("hello");
        }

        @Override
        public List<Route> routes() {
          return List.of(Routes.implemented("GET", "/", "hello"));
        }
      };

  /** The runtime logs through System.Logger, which is java.util.logging unless configured. */
  @RegisterExtension final CapturedLog log = CapturedLog.planned();

  @Test
  void startingWithTheProcessorOnTheClassPathWarns(@TempDir Path classes) throws IOException {
    Path processor = classes.resolve(ProcessorOnClassPath.PROCESSOR_CLASS);
    Files.createDirectories(processor.getParent());
    Files.write(processor, new byte[0]); // looked up, never loaded

    try (URLClassLoader application =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Dispatcher serving = withContextLoader(application, () -> Exchanges.serving(HELLO));

      assertEquals(HELLO, serving);
    }

    List<LogRecord> records = log.records();
    assertEquals(1, records.size());
    assertEquals(Level.WARNING, records.get(0).getLevel());
    assertEquals(
        "planned-processor is on the application's class path ("
            + classes.toUri().toURL()
            + "), but it is a compile-time tool that belongs on the annotation processor path only:"
            + " in Maven, move it from <dependencies> to the maven-compiler-plugin's"
            + " <annotationProcessorPaths>; in Gradle, from implementation to annotationProcessor."
            + " On the class path it ships with the application, and JDK 23 and later do not run it"
            + " at all.",
        records.get(0).getMessage());
  }

  @Test
  void startingWithoutTheProcessorLogsNothing() {
    Exchanges.serving(HELLO);

    List<LogRecord> records = log.records();
    assertTrue(records.isEmpty(), () -> "logged " + records.get(0).getMessage());
  }

  @Test
  void aProcessorInAJarIsNamedByItsJar() throws IOException {
    URL inJar =
        URI.create(
                "jar:file:/home/ada/.m2/repository/dev/planned/planned-processor/0.1.0/"
                    + "planned-processor-0.1.0.jar!/"
                    + ProcessorOnClassPath.PROCESSOR_CLASS)
            .toURL();

    assertTrue(
        ProcessorOnClassPath.message(inJar)
            .startsWith(
                "planned-processor is on the"
                    + " application's class path (jar:file:/home/ada/.m2/repository/dev/planned/"
                    + "planned-processor/0.1.0/planned-processor-0.1.0.jar), but"));
  }

  private static <T> T withContextLoader(ClassLoader loader, Supplier<T> work) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return work.get();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
