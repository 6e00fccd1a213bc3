package dev.planned.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles test sources with Planned's processor. */
final class Compilations {
  /** The imports every {@link #api} source starts with. */
  private static final List<String> IMPORTS =
      List.of(
          "import dev.planned.Body;",
          "import dev.planned.Endpoint;",
          "import dev.planned.Header;",
          "import dev.planned.Planned;",
          "import dev.planned.Query;",
          "import dev.planned.Request;",
          "import dev.planned.Response;");

  private Compilations() {}

  /**
   * The integration tests' LibraryApi, read where it lives (Maven runs tests in the module's
   * directory): the golden file is the dispatcher of the very API the integration tests serve.
   */
  static JavaFileObject libraryApi() {
    Path source = Path.of("../integration-tests/src/main/java/dev/planned/it/LibraryApi.java");
    try {
      return JavaFileObjects.forResource(source.toAbsolutePath().normalize().toUri().toURL());
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles with a fresh PlannedProcessor (it keeps state across rounds) and no options. */
  static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), List.of(), sources);
  }

  /** Compiles with javac options such as {@code -Xlint:all}. */
  static Compilation compileWithOptions(List<String> options, JavaFileObject... sources) {
    return compile(options, List.of(), sources);
  }

  /**
   * Compiles with Planned's processor and others, and checks that Planned never crashed: its
   * catch-all turns any exception into an error, which no test expects.
   */
  static Compilation compile(
      List<String> options, List<Processor> others, JavaFileObject... sources) {
    List<Processor> processors = new ArrayList<>();
    processors.add(new PlannedProcessor());
    processors.addAll(others);
    Compilation compilation =
        javac().withProcessors(processors).withOptions(options).compile(sources);
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      assertWithMessage("Planned's processor crashed")
          .that(diagnostic.getMessage(Locale.ROOT))
          .doesNotContain("failed unexpectedly");
    }
    return compilation;
  }

  /**
   * Asserts an error with exactly this message, pointing at {@code marker}: on the only line of the
   * file containing it, at the column where it starts. Choose the marker to show the element the
   * error must point at: a method's or parameter's name, an annotation value's opening quote.
   */
  static void assertErrorAt(
      Compilation compilation, JavaFileObject file, String marker, String message) {
    assertErrorAt(compilation, file, marker, marker, message);
  }

  /**
   * Asserts an error with exactly this message on the only line containing {@code line}, at the
   * column where {@code at} starts on that line.
   */
  static void assertErrorAt(
      Compilation compilation, JavaFileObject file, String line, String at, String message) {
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
    long lineNumber = lineNumberOf(file, line);
    long column = lineOf(file, lineNumber).indexOf(at) + 1;
    assertWithMessage("%s on the line containing %s", at, line).that(column).isGreaterThan(0L);
    assertThat(compilation)
        .hadErrorContaining(message)
        .inFile(file)
        .onLine(lineNumber)
        .atColumn(column);
    assertWithMessage("an error with exactly this message")
        .that(compilation.errors().stream().map(d -> d.getMessage(Locale.ROOT)).toList())
        .contains(message);
  }

  /** The 1-based number of the first line containing {@code marker}. */
  private static long lineNumberOf(JavaFileObject file, String marker) {
    List<String> lines = lines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        return i + 1;
      }
    }
    throw new AssertionError("No line of " + file.getName() + " contains " + marker);
  }

  private static String lineOf(JavaFileObject file, long lineNumber) {
    return lines(file).get((int) lineNumber - 1);
  }

  private static List<String> lines(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString().lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code test/Api.java}: package {@code test}, Planned's imports, then these lines. */
  static JavaFileObject api(String... lines) {
    return source("test.Api", lines);
  }

  /** A source in package {@code test} with Planned's imports, then these lines. */
  static JavaFileObject source(String qualifiedName, String... lines) {
    String packageName = qualifiedName.substring(0, qualifiedName.lastIndexOf('.'));
    List<String> all = new ArrayList<>();
    all.add("package " + packageName + ";");
    all.add("");
    all.addAll(IMPORTS);
    all.add("");
    all.addAll(Arrays.asList(lines));
    return JavaFileObjects.forSourceLines(qualifiedName, all);
  }
}
