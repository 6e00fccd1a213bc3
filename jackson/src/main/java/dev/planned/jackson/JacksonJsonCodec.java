package dev.planned.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.planned.JsonCodec;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A {@link JsonCodec} backed by Jackson. On the class path it is found by itself; construct it
 * with your own {@link ObjectMapper} to pass your configuration to a dispatcher's constructor.
 *
 * <p>The default mapper writes {@code java.time} values as ISO-8601 strings, reads and writes
 * {@code Optional}, and refuses unknown properties and trailing tokens: JSON of the wrong shape is
 * a 400 the client can act on, not something silently dropped.
 */
public final class JacksonJsonCodec implements JsonCodec {
  private final ObjectMapper mapper;

  /** With the default mapper described above. Public for {@link java.util.ServiceLoader}. */
  public JacksonJsonCodec() {
    this(JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .build());
  }

  public JacksonJsonCodec(ObjectMapper mapper) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  @Override
  public Object read(byte[] json, Type type) throws IOException {
    JavaType javaType = mapper.constructType(type);
    try {
      return mapper.readValue(json, javaType);
    } catch (JsonProcessingException e) {
      throw new IOException(describe(e), e);
    }
  }

  @Override
  public byte[] write(Object value, Type type) throws IOException {
    return mapper.writerFor(mapper.constructType(type)).writeValueAsBytes(value);
  }

  /**
   * What went wrong and where, for the client: Jackson's message without its source excerpt,
   * the JSON path of the offending value, and line and column.
   */
  static String describe(JsonProcessingException e) {
    StringBuilder message = new StringBuilder(e.getOriginalMessage().lines().findFirst().orElse(""));
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      message.append(" at ").append(mapping.getPath().stream()
          .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining("", "$", "")));
    }
    JsonLocation location = e.getLocation();
    if (location != null && location.getLineNr() > 0) {
      message.append(" (line ").append(location.getLineNr())
          .append(", column ").append(location.getColumnNr()).append(')');
    }
    return message.toString();
  }
}
