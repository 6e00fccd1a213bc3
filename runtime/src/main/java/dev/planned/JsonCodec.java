package dev.planned;

import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Reads and writes the JSON of typed bodies and results. The runtime ships none, to stay free of
 * dependencies: add {@code dev.planned:planned-jackson} to the class path (found through
 * {@link ServiceLoader}) or pass any implementation to the generated dispatcher's constructor.
 */
public interface JsonCodec {
  /**
   * Reads JSON into a value of {@code type}.
   *
   * @throws IOException for malformed JSON or JSON of the wrong shape; its message is sent to the
   *     client, so it should say what is wrong and where, without internals
   */
  Object read(byte[] json, Type type) throws IOException;

  /** Writes a value of {@code type} as UTF-8 JSON. */
  byte[] write(Object value, Type type) throws IOException;

  /** The first codec on the class path, if any. */
  static Optional<JsonCodec> discover() {
    try {
      Iterator<JsonCodec> codecs = ServiceLoader.load(JsonCodec.class).iterator();
      return codecs.hasNext() ? Optional.of(codecs.next()) : Optional.empty();
    } catch (ServiceConfigurationError e) {
      throw new IllegalStateException("A JsonCodec on the class path could not be loaded: "
          + e.getMessage(), e);
    }
  }
}
