package dev.planned.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of the generated source itself, as javac wrote it for this module. */
class GeneratedCodeTest {
  private static final Path GENERATED =
      Path.of("target/generated-sources/annotations/dev/planned/it");

  @Test
  void typedBindingUsesNoReflection() throws IOException {
    String source = Files.readString(GENERATED.resolve("TypedApiDispatcher.java"));
    List<String> reflective =
        source.lines().filter(line -> line.contains("java.lang.reflect")).toList();

    // the only reflective type is the Type token handed to the JSON codec
    assertEquals(List.of("import java.lang.reflect.Type;"), reflective);
    for (String call :
        List.of(
            "getMethod",
            "getDeclaredMethod",
            "Class.forName",
            "newInstance",
            ".invoke(",
            "getConstructor",
            "MethodHandle",
            "ServiceLoader")) {
      assertFalse(source.contains(call), call);
    }
  }

  @Test
  void routingUsesNoRegularExpressions() throws IOException {
    for (String file : List.of("LibraryApiDispatcher.java", "TypedApiDispatcher.java")) {
      String source = Files.readString(GENERATED.resolve(file));
      for (String regex : List.of("java.util.regex", ".matches(", ".split(", "replaceAll")) {
        assertFalse(source.contains(regex), file + " uses " + regex);
      }
    }
  }
}
