package dev.planned.spi;

import java.lang.System.Logger.Level;
import java.net.URL;

/**
 * Warns when planned-processor is on the class path an application runs with. It is a compile-time
 * tool that belongs on the annotation processor path only: on the class path, JDK 17 to 22 still
 * run it, silently, and ship it and JavaPoet with the application; JDK 23 and later do not run it
 * at all, and the build fails with "cannot find symbol" at each use of a dispatcher. The first case
 * compiles, so it is the application, when a server starts, that says so.
 */
final class ProcessorOnClassPath {
  /** Looked up as a resource: finding it loads nothing. */
  static final String PROCESSOR_CLASS = "dev/planned/processor/PlannedProcessor.class";

  private static final System.Logger LOG = System.getLogger("dev.planned");

  private ProcessorOnClassPath() {}

  /**
   * Logs a warning if the processor is visible to the thread's context class loader (the
   * application's, in a servlet container too) or else the one that loaded planned-runtime.
   */
  static void warnIfPresent() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    warnIfPresent(loader != null ? loader : ProcessorOnClassPath.class.getClassLoader());
  }

  static void warnIfPresent(ClassLoader loader) {
    URL found =
        loader == null
            ? ClassLoader.getSystemResource(PROCESSOR_CLASS)
            : loader.getResource(PROCESSOR_CLASS);
    if (found != null) {
      LOG.log(Level.WARNING, message(found));
    }
  }

  /** Names where the processor was found: the jar, or the directory of its classes. */
  static String message(URL found) {
    String location = found.toString();
    int inJar = location.indexOf("!/");
    location =
        inJar >= 0
            ? location.substring(0, inJar)
            : location.substring(0, location.length() - PROCESSOR_CLASS.length());
    return "planned-processor is on the application's class path ("
        + location
        + "), but it is a"
        + " compile-time tool that belongs on the annotation processor path only: in Maven, move"
        + " it from <dependencies> to the maven-compiler-plugin's <annotationProcessorPaths>; in"
        + " Gradle, from implementation to annotationProcessor. On the class path it ships with"
        + " the application, and JDK 23 and later do not run it at all.";
  }
}
