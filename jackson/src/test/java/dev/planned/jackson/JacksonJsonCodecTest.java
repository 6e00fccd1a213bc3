package dev.planned.jackson;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.planned.HttpException;
import dev.planned.JsonCodec;
import dev.planned.internal.Binding;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a client reads when its JSON cannot be read: one case for each kind of failure Jackson
 * reports, each asserting the whole message, which names no Java type and nothing of Jackson.
 */
class JacksonJsonCodecTest {
  record Book(String title, LocalDate published, Optional<String> subtitle) {}

  record Item(String name, int quantity, Color color, List<Tag> tags) {}

  enum Color {
    RED,
    GREEN
  }

  record Tag(String label) {
    Tag {
      if (label != null && label.isEmpty()) {
        throw new IllegalArgumentException("secret: empty label in com.example.Tag");
      }
      if ("teapot".equals(label)) {
        throw new HttpException(422, "A tag cannot be \"teapot\".");
      }
    }
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes(@JsonSubTypes.Type(value = Cat.class, name = "cat"))
  interface Pet {}

  record Cat(String name) implements Pet {}

  /** Nothing Jackson can build: a fault of the server, not of the JSON. */
  static final class Unreadable {
    private Unreadable(Unreadable self) {}
  }

  private final JsonCodec codec = new JacksonJsonCodec();

  private String failure(String json, Type type, Class<? extends Exception> jacksonException) {
    return failure(codec, json, type, jacksonException);
  }

  private static String failure(
      JsonCodec codec, String json, Type type, Class<? extends Exception> jacksonException) {
    IOException e = assertThrows(IOException.class, () -> codec.read(json.getBytes(UTF_8), type));
    Throwable cause = e.getCause(); // databind wraps some of the parser's exceptions
    while (cause != null && !jacksonException.isInstance(cause)) {
      cause = cause.getCause();
    }
    assertInstanceOf(jacksonException, cause, "the case this test is about: " + e.getCause());
    return e.getMessage();
  }

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
    Object books =
        codec.read(
            "[{\"title\":\"A\"},{\"title\":\"B\"}]".getBytes(UTF_8),
            Binding.typeOf(List.class, Book.class));

    assertEquals(
        List.of(new Book("A", null, Optional.empty()), new Book("B", null, Optional.empty())),
        books);
  }

  @Test
  void unrecognizedPropertyIsAnUnknownPropertyWhereItWasFound() {
    assertEquals(
        "unknown property \"zzz\" at $ (line 1, column 22)",
        failure("{\"title\":\"A\",\"zzz\":3}", Book.class, UnrecognizedPropertyException.class));
    assertEquals(
        "unknown property \"a b\" at $.tags[0] (line 1, column 22)",
        failure("{\"tags\":[{\"a b\":true}]}", Item.class, UnrecognizedPropertyException.class));
  }

  @Test
  void duplicatePropertyIsRefusedNotTakenTwice() {
    assertEquals(
        "duplicate property \"title\" (line 1, column 21)",
        failure("{\"title\":\"A\",\"title\":\"B\"}", Book.class, JsonParseException.class));
  }

  @Test
  void unknownPropertyOfAThousandCharactersIsCut() {
    String name = "q".repeat(1_000);

    assertEquals(
        "unknown property \"" + "q".repeat(100) + "\u2026\" at $ (line 1, column 1007)",
        failure("{\"" + name + "\":1}", Book.class, UnrecognizedPropertyException.class));
  }

  @Test
  void mismatchedInputNamesJsonTypesNotJavaTypes() {
    assertEquals(
        "expected a string, not an object at $.title (line 1, column 10)",
        failure("{\"title\":{}}", Book.class, MismatchedInputException.class));
    assertEquals(
        "expected an array, not a string at $.tags (line 1, column 9)",
        failure("{\"tags\":\"x\"}", Item.class, MismatchedInputException.class));
    assertEquals(
        "expected an object, not an array at $ (line 1, column 1)",
        failure("[1]", Book.class, MismatchedInputException.class));
    assertEquals(
        "expected a number, not null at $.quantity (line 1, column 13)",
        failure("{\"quantity\":null}", Item.class, MismatchedInputException.class));
  }

  @Test
  void missingPrimitiveIsMissing() {
    assertEquals(
        "missing number at $.quantity (line 1, column 2)",
        failure("{}", Item.class, MismatchedInputException.class));
  }

  @Test
  void trailingContentIsRefused() {
    assertEquals(
        "unexpected content after the JSON value at $ (line 1, column 15)",
        failure("{\"title\":\"A\"} {}", Book.class, MismatchedInputException.class));
  }

  @Test
  void blankBodyHasNoJsonValue() {
    assertEquals(
        "no JSON value at $ (line 1)", failure("   ", Book.class, MismatchedInputException.class));
  }

  @Test
  void invalidFormatQuotesTheValueAndSaysWhatWasExpected() {
    assertEquals(
        "invalid value \"many\", expected a number at $.quantity (line 1, column 13)",
        failure("{\"quantity\":\"many\"}", Item.class, InvalidFormatException.class));
    assertEquals(
        "invalid value \"PURPLE\", expected one of RED, GREEN at $.color" + " (line 1, column 10)",
        failure("{\"color\":\"PURPLE\"}", Item.class, InvalidFormatException.class));
    assertEquals(
        "invalid value \"yesterday\" at $.published (line 1, column 14)",
        failure("{\"published\":\"yesterday\"}", Book.class, InvalidFormatException.class));
  }

  @Test
  void numberOutOfRangeSaysSo() {
    assertEquals(
        "number out of range (-2147483648 to 2147483647) at $.quantity" + " (line 1, column 24)",
        failure("{\"quantity\":99999999999}", Item.class, InputCoercionException.class));
  }

  @Test
  void malformedJsonSaysWhere() {
    assertEquals(
        "malformed JSON (line 1, column 11)",
        failure("{\"title\": }", Book.class, com.fasterxml.jackson.core.JsonParseException.class));
    assertEquals(
        "malformed JSON (line 2, column 1)",
        failure("{\n,}", Book.class, com.fasterxml.jackson.core.JsonParseException.class));
  }

  @Test
  void malformedJsonInsideAValueHasItsPath() {
    assertEquals(
        "malformed JSON at $.title (line 1, column 12)",
        failure(
            "{\"title\":\"\\x\"}",
            Book.class,
            com.fasterxml.jackson.core.JsonParseException.class));
  }

  @Test
  void invalidUtf8SaysSo() {
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                codec.read(
                    new byte[] {
                      '{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xff, '"', '}'
                    },
                    Book.class));

    assertEquals("invalid UTF-8 at $.title (line 1, column 12)", e.getMessage());
  }

  @Test
  void endOfInputIsUnexpected() {
    assertEquals(
        "unexpected end of input (line 1, column 13)",
        failure("{\"title\":\"A\"", Book.class, JsonEOFException.class));
    assertEquals(
        "unexpected end of input at $.title (line 1, column 12)",
        failure("{\"title\":\"A", Book.class, JsonEOFException.class));
  }

  @Test
  void nestingDeeperThanTheLimitSaysHowDeep() {
    assertEquals(
        "nesting deeper than 1000",
        failure(
            "[".repeat(1001) + "]".repeat(1001), Object.class, StreamConstraintsException.class));
  }

  @Test
  void numberLongerThanTheLimitSaysHowLong() {
    assertEquals(
        "number longer than 1000 digits",
        failure(
            "{\"quantity\":" + "1".repeat(1001) + "}",
            Item.class,
            StreamConstraintsException.class));
  }

  @Test
  void stringAndNameLongerThanTheLimitsSayHowLong() {
    JsonCodec strict =
        new JacksonJsonCodec(
            JsonMapper.builder(
                    JsonFactory.builder()
                        .streamReadConstraints(
                            StreamReadConstraints.builder()
                                .maxStringLength(10)
                                .maxNameLength(8)
                                .build())
                        .build())
                .build());

    assertEquals(
        "string longer than 10 characters at $.title",
        failure(
            strict,
            "{\"title\":\"" + "x".repeat(20) + "\"}",
            Book.class,
            StreamConstraintsException.class));
    assertEquals(
        "property name longer than 8 characters",
        failure(
            strict,
            "{\"" + "x".repeat(20) + "\":1}",
            Book.class,
            StreamConstraintsException.class));
  }

  @Test
  void unknownOrMissingTypeIdIsNamedAsSuch() {
    assertEquals(
        "unknown type \"dog\" at $ (line 1, column 9)",
        failure("{\"kind\":\"dog\"}", Pet.class, InvalidTypeIdException.class));
    assertEquals(
        "missing type property at $ (line 1, column 12)",
        failure("{\"name\":\"x\"}", Pet.class, InvalidTypeIdException.class));
  }

  @Test
  void valueItsConstructorRefusesIsInvalidWithoutTheReason() {
    assertEquals(
        "invalid value at $.tags[0] (line 1, column 21)",
        failure("{\"tags\":[{\"label\":\"\"}]}", Item.class, ValueInstantiationException.class));
  }

  @Test
  void httpExceptionFromAConstructorAnswersAsItIs() {
    HttpException e =
        assertThrows(
            HttpException.class,
            () -> codec.read("{\"tags\":[{\"label\":\"teapot\"}]}".getBytes(UTF_8), Item.class));

    assertEquals(422, e.status());
    assertEquals("A tag cannot be \"teapot\".", e.detail());
  }

  @Test
  void typeJacksonCannotReadIsAFaultOfTheServer() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> codec.read("{}".getBytes(UTF_8), Unreadable.class));

    assertInstanceOf(InvalidDefinitionException.class, e.getCause());
  }

  @Test
  void deepPathKeepsItsInnermostSteps() {
    Type lists = Book.class;
    for (int i = 0; i < 30; i++) {
      lists = Binding.typeOf(List.class, lists);
    }

    assertEquals(
        "unknown property \"zzz\" at $\u2026" + "[0]".repeat(19) + " (line 1, column 40)",
        failure(
            "[".repeat(30) + "{\"zzz\":1}" + "]".repeat(30),
            lists,
            UnrecognizedPropertyException.class));
  }
}
