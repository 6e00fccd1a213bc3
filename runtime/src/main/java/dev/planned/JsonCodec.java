package dev.planned;

import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Reads and writes the JSON of typed bodies and results. The runtime ships none, to stay free of
 * dependencies: add {@code dev.planned:planned-jackson} to the class path (found through {@link
 * ServiceLoader}) or pass any implementation to the generated dispatcher's constructor.
 */
public interface JsonCodec {
  /**
   * Reads JSON into a value of {@code type}.
   *
   * <p>The message of the {@link IOException} is client-facing: it is sent as the detail of a 400
   * problem, cut to {@value Problem#MAX_ECHO_LENGTH} characters like any value that may repeat what
   * the client sent. It must say what is wrong and where in JSON's own terms (the JSON path, line
   * and column; string, number, object, array, boolean, null), and never name a Java type, a class
   * of the codec, its settings, or quote the source.
   *
   * @throws IOException for malformed JSON or JSON of the wrong shape, with a client-facing message
   * @throws HttpException to answer with that status and detail (a constructor the codec called may
   *     throw one); any other runtime exception is a fault of the server's: a 500 that reveals
   *     nothing
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
      throw new IllegalStateException(
          "A JsonCodec on the class path could not be loaded: " + e.getMessage(), e);
    }
  }
}
