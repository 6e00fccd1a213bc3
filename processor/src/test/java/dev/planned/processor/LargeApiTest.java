package dev.planned.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.planned.processor.Compilations.compile;
import static dev.planned.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.planned.Dispatcher;
import dev.planned.Request;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An API of a thousand endpoints: {@code find} for all of them in one method would exceed javac's
 * 64 kB limit ("code too large"), and far below that HotSpot's 8000-byte limit for compiling a
 * method, which left {@code find} of a 203-route API interpreted. Large subtrees are searched by
 * helper methods, and a miss in one still falls back to a less specific route.
 */
class LargeApiTest {
  private static final int RESOURCES = 200; // five endpoints each

  private static Compilation compilation;
  private static Dispatcher large;

  @BeforeAll
  static void compileLargeApi() throws ReflectiveOperationException {
    List<String> api =
        new ArrayList<>(List.of("@Endpoint(\"/api\")", "public interface LargeApi {"));
    List<String> impl =
        new ArrayList<>(List.of("public final class Large extends LargeApiDispatcher {"));
    for (int k = 0; k < RESOURCES; k++) {
      String base = "/resource" + k;
      api.add("  @Endpoint(\"GET " + base + "\") String list" + k + "();");
      api.add("  @Endpoint(\"POST " + base + "\") String create" + k + "();");
      api.add("  @Endpoint(\"GET " + base + "/{id}\") String read" + k + "(String id);");
      api.add("  @Endpoint(\"PUT " + base + "/{id}\") String replace" + k + "(String id);");
      api.add("  @Endpoint(\"DELETE " + base + "/{id}\") String delete" + k + "(String id);");
      impl.add("  @Override public String list" + k + "() { return \"list" + k + "\"; }");
      impl.add("  @Override public String create" + k + "() { return \"create" + k + "\"; }");
      impl.add(
          "  @Override public String read" + k + "(String id) { return \"read" + k + " \" + id; }");
      impl.add(
          "  @Override public String replace"
              + k
              + "(String id) { return \"replace"
              + k
              + " \" + id; }");
      impl.add(
          "  @Override public String delete"
              + k
              + "(String id) { return \"delete"
              + k
              + " \" + id; }");
    }
    // less specific than every resource's routes: reached only by falling back out of a helper
    api.add("  @Endpoint(\"PATCH /{kind}/{id}\") String patch(String kind, String id);");
    impl.add(
        "  @Override public String patch(String kind, String id) { return \"patch \" + kind + \" \""
            + " + id; }");
    api.add("}");
    impl.add("}");
    compilation =
        compile(
            source("test.LargeApi", api.toArray(String[]::new)),
            source("test.Large", impl.toArray(String[]::new)));
    assertThat(compilation).succeededWithoutWarnings();
    large = new GeneratedClasses(compilation).instantiate("test.Large", Dispatcher.class);
  }

  @Test
  void routesEveryResource() {
    for (int k = 0; k < RESOURCES; k++) {
      assertThat(answer("GET", "/api/resource" + k)).isEqualTo("list" + k);
      assertThat(answer("POST", "/api/resource" + k)).isEqualTo("create" + k);
      assertThat(answer("GET", "/api/resource" + k + "/7")).isEqualTo("read" + k + " 7");
      assertThat(answer("PUT", "/api/resource" + k + "/7")).isEqualTo("replace" + k + " 7");
      assertThat(answer("DELETE", "/api/resource" + k + "/7")).isEqualTo("delete" + k + " 7");
    }
  }

  @Test
  void aMissInAHelperFallsBackToTheWildcard() {
    assertThat(answer("PATCH", "/api/resource150/7")).isEqualTo("patch resource150 7");
    assertThat(answer("PATCH", "/api/other/7")).isEqualTo("patch other 7");
  }

  @Test
  void everyGeneratedMethodStaysSmallEnoughForTheJit() throws Exception {
    Path dir = Files.createTempDirectory("large-api");
    // the dispatcher and its nested route table, which holds find and invoke
    List<String> classFiles = new ArrayList<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String name = file.getName();
      if (file.getKind() == JavaFileObject.Kind.CLASS
          && name.substring(name.lastIndexOf('/') + 1).startsWith("LargeApiDispatcher")) {
        Path classFile = dir.resolve(name.substring(name.lastIndexOf('/') + 1));
        try (InputStream in = file.openInputStream()) {
          Files.write(classFile, in.readAllBytes());
        }
        classFiles.add(classFile.toString());
      }
    }
    StringWriter listing = new StringWriter();
    int status =
        ToolProvider.findFirst("javap")
            .orElseThrow()
            .run(
                new PrintWriter(listing),
                new PrintWriter(System.err),
                Stream.concat(Stream.of("-c", "-p"), classFiles.stream()).toArray(String[]::new));
    assertThat(status).isEqualTo(0);
    // per method, the offset of its last instruction: its bytecode is barely longer
    Map<String, Integer> sizes = new TreeMap<>();
    String method = null;
    Matcher line =
        Pattern.compile("(?m)^  (\\S.*);$|^\\s+(\\d+): [a-z]").matcher(listing.toString());
    while (line.find()) {
      if (line.group(1) != null) {
        method = line.group(1);
      } else {
        sizes.merge(method, Integer.parseInt(line.group(2)), Math::max);
      }
    }
    sizes.remove("static {}"); // the route list: run once, never compiled
    assertThat(sizes.keySet()).contains("public int find(java.lang.String, java.lang.String)");
    sizes.forEach(
        (name, size) -> assertWithMessage(name).that(size).isLessThan(8000)); // HugeMethodLimit
  }

  private static String answer(String method, String path) {
    return large.dispatch(Request.of(method, path)).bodyText();
  }
}
