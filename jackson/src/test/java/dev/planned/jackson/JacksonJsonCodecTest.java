package dev.planned.jackson;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.planned.Binding;
import dev.planned.JsonCodec;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JacksonJsonCodecTest {
  record Book(String title, LocalDate published, Optional<String> subtitle) {}

  private final JsonCodec codec = new JacksonJsonCodec();

  @Test
  void isFoundOnTheClassPath() {
    assertInstanceOf(JacksonJsonCodec.class, JsonCodec.discover().orElseThrow());
  }

  @Test
  void readsAndWritesRecordsWithIsoDatesAndOptionals() throws IOException {
    Book book = new Book("Dune", LocalDate.of(1965, 8, 1), Optional.empty());
    String json = new String(codec.write(book, Book.class), UTF_8);

    assertEquals("{\"title\":\"Dune\",\"published\":\"1965-08-01\",\"subtitle\":null}", json);
    assertEquals(book, codec.read(json.getBytes(UTF_8), Book.class));
  }

  @Test
  void readsGenericTypesFromTheRuntimesTypeTokens() throws IOException {
    Object books = codec.read("[{\"title\":\"A\"},{\"title\":\"B\"}]".getBytes(UTF_8),
        Binding.typeOf(List.class, Book.class));

    assertEquals(List.of(new Book("A", null, Optional.empty()), new Book("B", null, Optional.empty())),
        books);
  }

  @Test
  void malformedJsonSaysWhereWithoutInternals() {
    IOException e = assertThrows(IOException.class,
        () -> codec.read("{\"title\": }".getBytes(UTF_8), Book.class));

    assertEquals("Unexpected character ('}' (code 125)): expected a value (line 1, column 11)",
        e.getMessage());
  }

  @Test
  void wrongShapeNamesTheProperty() {
    IOException e = assertThrows(IOException.class,
        () -> codec.read("{\"title\":\"A\",\"published\":\"yesterday\"}".getBytes(UTF_8), Book.class));

    assertEquals(true, e.getMessage().contains("at $.published"), e.getMessage());
  }

  @Test
  void unknownPropertiesAreRefused() {
    IOException e = assertThrows(IOException.class,
        () -> codec.read("{\"title\":\"A\",\"pages\":3}".getBytes(UTF_8), Book.class));

    assertEquals(true, e.getMessage().contains("\"pages\""), e.getMessage());
  }
}
