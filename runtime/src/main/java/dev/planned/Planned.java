package dev.planned;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@link Endpoint} as announced but not built yet. The generated dispatcher answers it
 * with {@code 501 Not Implemented} and an RFC 9457 problem carrying these values, and implements
 * the method {@code final} so that nobody implements it by accident: removing {@code @Planned} is
 * what ships the endpoint. Every element is optional; empty strings are left out of the answer.
 *
 * <p>On an API interface it plans every endpoint of the interface that has no {@code @Planned} of
 * its own: an API that is announced but not started. {@link #alternative} names one endpoint, so it
 * belongs on an endpoint, not on the interface.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Planned {
  /** What the client is told, e.g. "Partial updates are coming; send the whole book with PUT." */
  String value() default "";

  /** The release expected to ship the endpoint, e.g. "2.0". */
  String release() default "";

  /** Where to read more, e.g. a roadmap or issue URL. */
  String link() default "";

  /**
   * The {@link Endpoint} pattern of another, implemented endpoint of the same interface that
   * clients can use meanwhile, written as on that endpoint, e.g. {@code "PUT /books/{isbn}"}.
   */
  String alternative() default "";
}
