package dev.planned.processor;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/**
 * One compilation with Planned's processor under Eclipse's compiler (ecj), which many users compile
 * with in their IDE, through {@code javax.tools} as an IDE or build tool drives it.
 *
 * <p>It runs on real directories, not Compile-Testing's in-memory file manager: ecj reads the
 * sources a processor generates back from their path on disk, which an in-memory file does not have
 * ("Cannot read the source from /SOURCE_OUTPUT/…").
 */
final class EclipseCompilation {
  /** What ecj reported, in order: kind, file name, line, column and message of each. */
  final List<Reported> diagnostics;

  final boolean succeeded;
  private final Map<String, String> generated;

  /** One diagnostic, with the name of its file ({@code Api.java}) and 1-based line and column. */
  record Reported(Diagnostic.Kind kind, String file, long line, long column, String message) {
    @Override
    public String toString() {
      return kind + " " + file + ":" + line + ":" + column + " " + message;
    }
  }

  private EclipseCompilation(
      List<Reported> diagnostics, boolean succeeded, Map<String, String> generated) {
    this.diagnostics = List.copyOf(diagnostics);
    this.succeeded = succeeded;
    this.generated = Map.copyOf(generated);
  }

  /**
   * Compiles at Java 17 with these further ecj options (e.g. {@code -warn:all,-nls}), the test's
   * class path (planned-runtime) and a fresh PlannedProcessor, in a temporary directory deleted
   * afterwards.
   */
  static EclipseCompilation compile(List<String> options, JavaFileObject... sources) {
    Path root;
    try {
      root = Files.createTempDirectory("planned-ecj");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return compileIn(root, options, sources);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteRecursively(root);
    }
  }

  private static EclipseCompilation compileIn(
      Path root, List<String> options, JavaFileObject... sources) throws IOException {
    Path sourceDir = Files.createDirectories(root.resolve("src"));
    Path generatedDir = Files.createDirectories(root.resolve("generated"));
    Path classes = Files.createDirectories(root.resolve("classes"));
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < sources.length; i++) {
      // a directory each: two sources may share a simple name
      Path file =
          Files.createDirectories(sourceDir.resolve(Integer.toString(i)))
              .resolve(simpleFileName(sources[i]));
      Files.writeString(file, sources[i].getCharContent(true), StandardCharsets.UTF_8);
      files.add(file);
    }
    List<String> all =
        new ArrayList<>(
            List.of(
                "-17",
                "-encoding",
                "UTF-8",
                "-classpath",
                System.getProperty("java.class.path"),
                "-d",
                classes.toString(),
                "-s",
                generatedDir.toString()));
    all.addAll(options);

    JavaCompiler compiler = new EclipseCompiler();
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    boolean succeeded;
    try (StandardJavaFileManager fileManager =
        compiler.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
      // ecj prints its report to the writer, standard output without one: the diagnostics say it
      StringWriter report = new StringWriter();
      JavaCompiler.CompilationTask task =
          compiler.getTask(
              report,
              fileManager,
              collector,
              all,
              null,
              fileManager.getJavaFileObjectsFromPaths(files));
      task.setProcessors(List.of(new PlannedProcessor()));
      succeeded = task.call();
    }
    List<Reported> reported = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : collector.getDiagnostics()) {
      String file =
          d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName().toString();
      reported.add(
          new Reported(
              d.getKind(),
              file,
              d.getLineNumber(),
              d.getColumnNumber(),
              d.getMessage(Locale.ROOT)));
    }
    return new EclipseCompilation(reported, succeeded, readGenerated(generatedDir));
  }

  /** Every generated source by the qualified name of its class. */
  private static Map<String, String> readGenerated(Path generatedDir) throws IOException {
    Map<String, String> sources = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(generatedDir)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String relative = generatedDir.relativize(file).toString();
        sources.put(
            relative.substring(0, relative.length() - ".java".length()).replace('/', '.'),
            Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return sources;
  }

  /** The source generated for a class, e.g. {@code dev.planned.it.LibraryApiDispatcher}. */
  String generatedSource(String qualifiedName) {
    String source = generated.get(qualifiedName);
    if (source == null) {
      throw new AssertionError(
          "ecj generated no " + qualifiedName + ", only " + generated.keySet());
    }
    return source;
  }

  List<Reported> ofKind(Diagnostic.Kind kind) {
    return diagnostics.stream().filter(d -> d.kind() == kind).toList();
  }

  private static String simpleFileName(JavaFileObject source) {
    String path = source.toUri().getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static void deleteRecursively(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
