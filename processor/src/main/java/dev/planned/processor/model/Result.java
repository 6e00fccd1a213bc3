package dev.planned.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * How the dispatcher turns what an endpoint method returns into a response.
 *
 * @param kind what is written
 * @param type for {@link Kind#JSON}, the type handed to the codec (inside any {@code Optional} and
 *     {@code Reply})
 * @param optional whether the method returns {@code Optional<…>}, empty answering 404
 * @param async whether the method returns a {@code CompletionStage} of what is written
 * @param status the success status written with the result; for a {@code Reply}, the status it must
 *     carry as declared by {@code @Endpoint(status = …)}, or 0 for any it carries
 * @param reply whether the method returns a {@code Reply} of what is written (the body), whose
 *     status and headers go with it
 */
public record Result(
    Kind kind, TypeName type, boolean optional, boolean async, int status, boolean reply) {
  public enum Kind {
    /** {@code Response}: sent as it is. */
    RESPONSE,
    /** {@code String}: {@code text/plain; charset=utf-8}. */
    TEXT,
    /** {@code byte[]}: {@code application/octet-stream}. */
    BYTES,
    /** {@code void}: no body. */
    NO_CONTENT,
    /** Anything else: JSON through the codec. */
    JSON
  }
}
