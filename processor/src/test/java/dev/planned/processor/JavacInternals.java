package dev.planned.processor;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Whether javac's internal packages that Compile-Testing's source parser uses (for {@code
 * hasSourceEquivalentTo}) are exported to the tests. From JDK 16 on they are only with Surefire's
 * {@code argLine}:
 *
 * <pre>{@code
 * --add-exports jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED
 * --add-exports jdk.compiler/com.sun.tools.javac.main=ALL-UNNAMED
 * --add-exports jdk.compiler/com.sun.tools.javac.util=ALL-UNNAMED
 * }</pre>
 */
final class JavacInternals {
  private static final String[] PACKAGES = {
    "com.sun.tools.javac.api", "com.sun.tools.javac.main", "com.sun.tools.javac.util"
  };

  private JavacInternals() {}

  /** Skips the calling test, saying why, unless the packages are exported. */
  static void assumeExported() {
    Module compiler = ModuleLayer.boot().findModule("jdk.compiler").orElseThrow();
    Module tests = JavacInternals.class.getModule();
    for (String name : PACKAGES) {
      assumeTrue(
          compiler.isExported(name, tests),
          () ->
              "jdk.compiler does not export "
                  + name
                  + " to the tests: add --add-exports to Surefire's argLine in processor/pom.xml");
    }
  }
}
