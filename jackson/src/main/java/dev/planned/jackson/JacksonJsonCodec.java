package dev.planned.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.planned.HttpException;
import dev.planned.JsonCodec;
import java.io.CharConversionException;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * A {@link JsonCodec} backed by Jackson. On the class path it is found by itself; construct it with
 * your own {@link ObjectMapper} to pass your configuration to a dispatcher's constructor.
 *
 * <p>The default mapper writes {@code java.time} values as ISO-8601 strings, reads and writes
 * {@code Optional}, and refuses unknown properties and trailing tokens: JSON of the wrong shape is
 * a 400 the client can act on, not something silently dropped.
 */
public final class JacksonJsonCodec implements JsonCodec {
  private final ObjectMapper mapper;
  private final ClientMessages messages;

  /** With the default mapper described above. Public for {@link java.util.ServiceLoader}. */
  public JacksonJsonCodec() {
    this(
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // {"due":1,"due":2} is ambiguous (RFC 8259 §4): a 400, not the last one silently, nor
            // (for a record) Jackson's complaint about its own set-up, which was a 500 (Jazzer
            // found it)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());
  }

  public JacksonJsonCodec(ObjectMapper mapper) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.messages = new ClientMessages(mapper.getFactory().streamReadConstraints());
  }

  /**
   * {@inheritDoc}
   *
   * <p>The message names what is wrong in JSON's words and where: {@code unknown property "zzz" at
   * $ (line 1, column 8)}, {@code expected a string, not an object at $.name (line 1, column 10)},
   * {@code nesting deeper than 1000}. Never a Java type, nor Jackson's own names.
   *
   * @throws dev.planned.HttpException thrown by a constructor Jackson called (a record that
   *     validates itself), as it is: its status and detail are meant for the client
   * @throws IllegalStateException if Jackson cannot read this type at all: a fault of the server's,
   *     not of the JSON
   */
  @Override
  public Object read(byte[] json, Type type) throws IOException {
    JavaType javaType = mapper.constructType(type);
    try {
      return mapper.readValue(json, javaType);
    } catch (ValueInstantiationException e) {
      if (e.getCause() instanceof HttpException http) {
        throw http;
      }
      throw new IOException(messages.describe(e), e);
    } catch (InvalidDefinitionException e) {
      throw new IllegalStateException(
          "Jackson cannot read a " + javaType + ": " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw new IOException(messages.describe(e), e);
    } catch (CharConversionException e) {
      throw new IOException("invalid character encoding", e); // UTF-32 that is not
    }
  }

  @Override
  public byte[] write(Object value, Type type) throws IOException {
    return mapper.writerFor(mapper.constructType(type)).writeValueAsBytes(value);
  }
}
