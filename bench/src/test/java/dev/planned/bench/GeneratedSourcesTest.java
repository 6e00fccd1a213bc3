package dev.planned.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.planned.bench.gen.SourceGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The checked-in contenders are what the generator writes from the table today. */
class GeneratedSourcesTest {
  @Test
  void checkedInSourcesAreCurrent() throws Exception {
    for (var file : SourceGenerator.github().entrySet()) {
      Path checkedIn = Path.of("src/main/java").resolve(file.getKey());
      assertEquals(
          file.getValue(),
          Files.readString(checkedIn),
          file.getKey()
              + " is stale: java -cp bench/target/classes dev.planned.bench.gen.SourceGenerator"
              + " github bench/src/main/java");
    }
  }
}
